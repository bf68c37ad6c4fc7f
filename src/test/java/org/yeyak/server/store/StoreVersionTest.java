package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.testing.StoreHistory;

/** A data folder this build cannot open is refused with a sentence, and left as it was. */
class StoreVersionTest {
    @TempDir
    Path data;

    @Test
    void aStoreFromANewerVersionIsRefusedBeforeAnythingChanges() {
        StoreHistory.migratedByNewerBuild(data, "99");
        int before = historyRows();

        assertThatThrownBy(() -> Database.open(data, null, null, null))
                .isInstanceOf(StoreVersionException.class)
                .hasMessageContaining("The data folder " + data.toAbsolutePath())
                .hasMessageContaining("newer version of Yeyak (store version 99; this version knows up to ")
                .hasMessageNotContaining("knows up to 99")
                .hasMessageContaining("--data")
                .hasMessageNotContaining("Exception");
        assertThat(historyRows()).isEqualTo(before);
    }

    @Test
    void aStoreWhoseMigrationsDifferIsRefusedWithASentence() {
        StoreHistory.migratedByOtherBuild(data);
        assertThatThrownBy(() -> Database.open(data, null, null, null))
                .isInstanceOf(StoreVersionException.class)
                .hasMessageContaining("was made by a different build of Yeyak")
                .hasMessageContaining("--data");
    }

    /** Counted through a plain connection: opening the store through Database would migrate it. */
    private int historyRows() {
        String url = Database.h2Url("file:" + data.toAbsolutePath().resolve("yeyak"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "yeyak", "");
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM flyway_schema_history");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
