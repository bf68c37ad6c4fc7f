package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Places in the waiting room come from a sequence instead of the counters row: taking a place
 * no longer locks the row every node's tickets share (DESIGN.md: "a sequence and a row"). One
 * sequence serves every campaign; a campaign's places are increasing, not gap-free. It starts
 * after every place already given, so a store from before this migration keeps its order.
 * PostgreSQL: {@code CACHE 1} — it caches sequence values per session, and places handed out
 * from several sessions' caches would no longer follow the order of arrival. H2 keeps one cache
 * for the whole database (order kept) and writes the sequence's state to the file each time its
 * cache runs out: with {@code CACHE 1} that was ~100 µs per place on the one writer thread, with
 * 1,000 about 5 µs (after a crash the places jump ahead by at most that; they never repeat).
 */
public class V5__front_position_sequence extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            long last = 0;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(last_issued), 0) FROM front_queue")) {
                if (rs.next()) {
                    last = rs.getLong(1);
                }
            }
            boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            s.execute("CREATE SEQUENCE front_position_seq START WITH " + (last + 1) + (postgres ? " CACHE 1" : " CACHE 1000"));
        }
    }
}
