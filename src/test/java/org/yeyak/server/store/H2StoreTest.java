package org.yeyak.server.store;

/** The store contract on the embedded H2 file store. */
class H2StoreTest extends StoreContract {
    @Override
    StoreKind kind() {
        return StoreKind.H2;
    }
}
