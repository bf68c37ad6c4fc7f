package org.yeyak.server.front;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

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

    public static YeyakServer start(Path data, boolean demo, Map<String, String> properties) {
        properties.forEach(System::setProperty);
        try {
            return YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, demo, null));
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }
}
