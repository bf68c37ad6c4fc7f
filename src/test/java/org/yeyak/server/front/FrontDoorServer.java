package org.yeyak.server.front;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.identity.ProviderRegistry;
import org.yeyak.server.identity.ProviderSettings;
import org.yeyak.server.store.Database;

/**
 * Starts a server for a front door test with the given {@code yeyak.*} settings (system
 * properties, read once at start-up and cleared again, so tests do not leak into each other).
 */
public final class FrontDoorServer {
    private FrontDoorServer() {
    }

    /** Fast defaults for tests: simulated providers at 1/100 of their nominal times, 2 s figure windows. */
    public static Map<String, String> fast() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("yeyak.providers.timeScale", "0.01");
        m.put("yeyak.providers.statsWindow", "PT2S");
        m.put("yeyak.admission.tick", "PT0.05S");
        m.put("yeyak.queue.servingCache", "PT0.02S");
        return m;
    }

    /**
     * A demo-mode server (demo clock, demo endpoints) whose store holds only the demo campaign,
     * no clinics or stock: the demo loader skips a store that has the campaign already, and
     * the front door needs nothing else. Much faster to start than the full demo data set.
     */
    public static YeyakServer startDemoCampaignOnly(Path data, Map<String, String> properties) {
        try (Database db = Database.open(data, null, null, null)) {
            new CampaignStore(db.dataSource(), Clock.systemUTC()).save(DemoCampaign.campaign());
        }
        return start(data, true, properties);
    }

    public static YeyakServer start(Path data, boolean demo, Map<String, String> properties) {
        properties.forEach(System::setProperty);
        try {
            return reliableProviders(YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, demo, null)));
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /**
     * Turns off the simulated providers' random failures (0.5–2 % by default), so that a test that
     * verifies dozens of people fails only for the reason it tests. Tests of failures set their own.
     */
    public static YeyakServer reliableProviders(YeyakServer server) {
        ProviderRegistry providers = server.frontDoor().providers();
        for (String id : providers.ids()) {
            providers.configure(id, new ProviderSettings.Patch(null, null, 0.0, null));
        }
        return server;
    }
}
