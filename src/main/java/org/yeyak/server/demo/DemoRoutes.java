package org.yeyak.server.demo;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.yeyak.server.ServerClock;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.http.Routes;

/**
 * Demo mode only (registered only with {@code --demo}, so {@code 404} otherwise):
 * {@code POST /api/v1/demo/clock {"at":"2021-08-10T19:59:30+09:00"}} moves the server clock,
 * which then runs on in real time; {@code GET /api/v1/demo/clock} reads it. Both answer
 * {@code 200 {"now":"..."}} in Seoul time.
 */
public final class DemoRoutes implements Routes {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final ServerClock clock;

    public DemoRoutes(ServerClock clock) {
        this.clock = clock;
    }

    /** {@code {"at":"..."}}: ISO-8601 with an offset. */
    public record ClockRequest(OffsetDateTime at) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/demo/clock", this::read);
        routes.post("/api/v1/demo/clock", this::move);
    }

    private void move(Context ctx) {
        ClockRequest req = Bodies.read(ctx, ClockRequest.class);
        clock.moveTo(Bodies.require(req.at(), "at").toInstant());
        read(ctx);
    }

    private void read(Context ctx) {
        ctx.json(Map.of("now", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).atZone(SEOUL).toOffsetDateTime())));
    }
}
