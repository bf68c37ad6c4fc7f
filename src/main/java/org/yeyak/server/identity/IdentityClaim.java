package org.yeyak.server.identity;

import org.yeyak.rules.ResidentId;

/** Who a citizen says they are, as handed to a provider. Never logged: toString masks it. */
public record IdentityClaim(String name, ResidentId residentId, String phone) {
    @Override
    public String toString() {
        return "IdentityClaim[" + Names.mask(name) + ", " + residentId.masked() + "]";
    }
}
