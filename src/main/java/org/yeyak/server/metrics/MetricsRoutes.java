package org.yeyak.server.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.client.Json;
import org.yeyak.server.http.Routes;

/**
 * {@code GET /api/v1/metrics/live} (one JSON snapshot), {@code GET /api/v1/metrics/stream}
 * (the same as Server-Sent Events named {@code live}, one a second), {@code GET /metrics}
 * (Prometheus text). Also times every {@code POST /api/v1/bookings} for the booking stage's
 * figures, which the admission controller watches.
 */
public final class MetricsRoutes implements Routes {
    private static final Logger log = LoggerFactory.getLogger(MetricsRoutes.class);
    private static final String STARTED = "yeyak.bookingStarted";

    private final LiveFigures figures;
    private final PrometheusMetrics prometheus;
    private final WindowStats bookingStage;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    public MetricsRoutes(LiveFigures figures, PrometheusMetrics prometheus, WindowStats bookingStage) {
        this.figures = figures;
        this.prometheus = prometheus;
        this.bookingStage = bookingStage;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/metrics/live", ctx -> ctx.json(figures.latest()));
        routes.sse("/api/v1/metrics/stream", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            clients.add(client);
            send(client, json(figures.latest()));
        });
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(prometheus.scrape()));
        routes.before("/api/v1/bookings", ctx -> {
            if ("POST".equals(ctx.method().name())) {
                ctx.attribute(STARTED, System.nanoTime());
            }
        });
        routes.after("/api/v1/bookings", ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started != null) {
                bookingStage.record((System.nanoTime() - started) / 1_000_000, ctx.statusCode() >= 500);
            }
        });
    }

    /** Takes the second's reading and sends it to every open stream. Called once a second. */
    public void broadcast() {
        LiveSnapshot s = figures.sample();
        prometheus.track(s);
        if (clients.isEmpty()) {
            return;
        }
        String data = json(s);
        for (SseClient c : clients) {
            send(c, data);
        }
    }

    private void send(SseClient c, String data) {
        if (c.terminated()) {
            clients.remove(c);
            return;
        }
        try {
            c.sendEvent("live", data);
        } catch (RuntimeException e) {
            log.debug("Dropping a live-figures stream: {}", e.toString());
            clients.remove(c);
        }
    }

    private static String json(LiveSnapshot s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live figures not serialisable", e);
        }
    }
}
