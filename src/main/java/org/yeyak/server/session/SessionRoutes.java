package org.yeyak.server.session;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.server.http.Routes;

/** {@code GET /api/v1/auth/session}: is my session still good, and until when. */
public final class SessionRoutes implements Routes {
    private final SessionGate gate;

    public SessionRoutes(SessionGate gate) {
        this.gate = gate;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/auth/session", ctx -> {
            CitizenSession s = gate.require(ctx);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ACTIVE");
            body.put("expiresAt", s.expiresAt());
            body.put("birthDate", s.birthDate().toString());
            ctx.json(body);
        });
    }
}
