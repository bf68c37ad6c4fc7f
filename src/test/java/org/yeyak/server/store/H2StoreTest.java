package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The store contract on the embedded H2 file store. */
class H2StoreTest extends StoreContract {
    @Override
    StoreKind kind() {
        return StoreKind.H2;
    }

    @Test
    void everySessionKeepsEnoughParsedStatementsForABookingBatch() {
        String size = Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'QUERY_CACHE_SIZE'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        assertThat(size).isEqualTo("128");
    }
}
