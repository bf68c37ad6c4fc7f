package org.yeyak.server.http;

import io.javalin.config.RoutesConfig;
import java.util.Map;

/** {@code GET /health}: the store is open once the server answers at all. */
public final class HealthRoutes implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
    }
}
