package org.yeyak.client.live;

import java.util.Map;
import java.util.Objects;
import org.yeyak.client.YeyakClient;

/**
 * An official's on/off switch for an identity provider, over the staff API. A disabled
 * provider is {@code GRAY} for citizens and takes no new verification; the change reaches
 * every node of a cluster through the store.
 */
public final class ProviderSwitch {
    private final YeyakClient client;

    public ProviderSwitch(YeyakClient client) {
        this.client = Objects.requireNonNull(client);
    }

    /** Turns the provider on or off; blocking, so never on the UI thread. */
    public void setEnabled(String providerId, boolean enabled) {
        client.put("/api/v1/admin/providers/" + providerId, Map.of("enabled", enabled),
                com.fasterxml.jackson.databind.JsonNode.class);
    }
}
