package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store contract on a real, durable PostgreSQL ({@link TestPostgres}). */
class PostgresStoreTest extends StoreContract {
    @Override
    StoreKind kind() {
        return StoreKind.POSTGRES;
    }

    @Test
    void theTestServerIsDurable() {
        assertThat(TestPostgres.get().show("fsync")).isEqualTo("on");
        assertThat(TestPostgres.get().show("synchronous_commit")).isEqualTo("on");
    }
}
