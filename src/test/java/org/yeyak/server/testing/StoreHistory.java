package org.yeyak.server.testing;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.Tx;

/** Makes a data folder look as if another build had migrated it (for tests of the refusal). */
public final class StoreHistory {
    private StoreHistory() {
    }

    /** Creates the store in {@code data} and records migration {@code version} as applied, as a newer build would. */
    public static void migratedByNewerBuild(Path data, String version) {
        change(data, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '" + version
                + "', 'from the future', 'SQL', 'V" + version + "__future.sql', 0, 'test', 0, TRUE"
                + " FROM flyway_schema_history");
    }

    /** Creates the store in {@code data} and alters the recorded checksum of migration 1, as another build's would be. */
    public static void migratedByOtherBuild(Path data) {
        change(data, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
    }

    private static void change(Path data, String sql) {
        try (Database db = Database.open(data, null, null, null)) {
            Tx.run(db.dataSource(), c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    return ps.executeUpdate();
                }
            });
        }
    }
}
