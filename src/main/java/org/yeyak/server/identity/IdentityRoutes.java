package org.yeyak.server.identity;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.http.Routes;

/**
 * {@code GET /api/v1/auth/providers}, {@code POST /api/v1/auth/verifications},
 * {@code GET /api/v1/auth/verifications/{id}}, and in demo mode
 * {@code POST /api/v1/demo/providers/{id}}.
 */
public final class IdentityRoutes implements Routes {
    private final ProviderRegistry providers;
    private final VerificationService verifications;
    private final boolean demo;

    /** {@code POST /api/v1/demo/providers/{id}} body: any subset of the settings. */
    public record ProviderChange(Long serviceTimeMs, Integer capacity, Double failureRate, Boolean enabled) {
    }

    public IdentityRoutes(ProviderRegistry providers, VerificationService verifications, boolean demo) {
        this.providers = providers;
        this.verifications = verifications;
        this.demo = demo;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/auth/providers", ctx -> ctx.json(providers.list().stream().map(IdentityRoutes::listed).toList()));
        routes.post("/api/v1/auth/verifications", ctx -> {
            VerificationService.Status s = verifications.start(Bodies.read(ctx, VerificationRequest.class));
            ctx.status(202).json(s);
        });
        routes.get("/api/v1/auth/verifications/{verificationId}",
                ctx -> ctx.json(verifications.poll(ctx.pathParam("verificationId"))));
        if (demo) {
            routes.post("/api/v1/demo/providers/{providerId}", ctx -> {
                String id = ctx.pathParam("providerId");
                if (!providers.exists(id)) {
                    throw ApiError.notFound("No provider '" + id + "'.");
                }
                ProviderChange change = Bodies.read(ctx, ProviderChange.class);
                ProviderSettings.Patch patch = new ProviderSettings.Patch(change.serviceTimeMs(), change.capacity(),
                        change.failureRate(), change.enabled());
                check(patch);
                ctx.json(settingsOf(providers.configure(id, patch)));
            });
        }
    }

    /** What the providers list shows: API.md's fields first, then the rest of the figures. */
    static Map<String, Object> listed(ProviderRegistry.ProviderView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("name", v.name());
        m.put("enabled", v.enabled());
        m.put("light", v.light().name());
        m.put("inFlight", v.inFlight());
        m.put("p95LatencyMs", v.p95LatencyMs());
        m.put("p50LatencyMs", v.p50LatencyMs());
        m.put("p99LatencyMs", v.p99LatencyMs());
        m.put("throughputPerSecond", round2(v.throughputPerSecond()));
        m.put("errorRate", round4(v.errorRate()));
        m.put("circuit", v.circuit());
        return m;
    }

    /** The demo endpoint's answer: the provider's settings after the change. */
    public static Map<String, Object> settingsOf(ProviderRegistry.ProviderView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("name", v.name());
        m.put("serviceTimeMs", v.serviceTimeMs());
        m.put("capacity", v.capacity());
        m.put("failureRate", v.failureRate());
        m.put("enabled", v.enabled());
        m.put("light", v.light().name());
        return m;
    }

    /** Range checks with the field named, before anything changes. */
    public static void check(ProviderSettings.Patch p) {
        if (p.serviceTimeMs() != null && (p.serviceTimeMs() < 0 || p.serviceTimeMs() > 600_000)) {
            throw ApiError.invalidInput("serviceTimeMs", "Field 'serviceTimeMs' must be 0..600000.");
        }
        if (p.capacity() != null && (p.capacity() < 1 || p.capacity() > 1_000_000)) {
            throw ApiError.invalidInput("capacity", "Field 'capacity' must be 1..1000000.");
        }
        if (p.failureRate() != null && !(p.failureRate() >= 0 && p.failureRate() <= 1)) {
            throw ApiError.invalidInput("failureRate", "Field 'failureRate' must be between 0 and 1.");
        }
    }

    static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static double round4(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

}
