package org.yeyak.server.booking;

import org.yeyak.server.store.StoreKind;

/** The booking guarantees on the embedded H2 file store. */
class H2BookingTest extends BookingContract {
    @Override
    StoreKind kind() {
        return StoreKind.H2;
    }
}
