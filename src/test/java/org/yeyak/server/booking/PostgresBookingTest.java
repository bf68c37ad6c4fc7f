package org.yeyak.server.booking;

import org.yeyak.server.store.StoreKind;

/** The booking guarantees on a real, durable PostgreSQL, two nodes on one database. */
class PostgresBookingTest extends BookingContract {
    @Override
    StoreKind kind() {
        return StoreKind.POSTGRES;
    }
}
