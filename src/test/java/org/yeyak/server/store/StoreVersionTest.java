package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder this build cannot open is refused with a sentence, and left as it was. */
class StoreVersionTest {
    @TempDir
    Path data;

    @Test
    void aStoreFromANewerVersionIsRefusedBeforeAnythingChanges() {
        try (Database db = Database.open(data, null, null, null)) {
            Tx.run(db.dataSource(), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank,"
                        + " version, description, type, script, checksum, installed_by, execution_time, success)"
                        + " SELECT MAX(installed_rank) + 1, '99', 'from the future', 'SQL', 'V99__future.sql', 0,"
                        + " 'test', 0, TRUE FROM flyway_schema_history")) {
                    return ps.executeUpdate();
                }
            });
        }
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
        try (Database db = Database.open(data, null, null, null)) {
            Tx.run(db.dataSource(), c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'")) {
                    return ps.executeUpdate();
                }
            });
        }
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
