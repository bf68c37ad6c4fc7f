package org.yeyak.server.queue;

import io.javalin.config.RoutesConfig;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.http.Routes;
import org.yeyak.server.session.SessionGate;

/**
 * {@code POST /api/v1/queue/tickets} (optional body {@code {"campaignId":"..."}}) and
 * {@code GET /api/v1/queue/tickets/{ticketId}}, both with the session headers.
 */
public final class QueueRoutes implements Routes {
    private final SessionGate sessions;
    private final WaitingRoom room;

    /** Optional body of {@code POST /api/v1/queue/tickets}. */
    public record TicketRequest(String campaignId) {
    }

    public QueueRoutes(SessionGate sessions, WaitingRoom room) {
        this.sessions = sessions;
        this.room = room;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/queue/tickets", ctx -> {
            var session = sessions.require(ctx);
            String campaign = ctx.queryParam("campaignId");
            if (campaign == null && ctx.bodyAsBytes().length > 0) {
                campaign = Bodies.read(ctx, TicketRequest.class).campaignId();
            }
            ctx.status(201).json(room.issue(session, campaign));
        });
        routes.get("/api/v1/queue/tickets/{ticketId}",
                ctx -> ctx.json(room.poll(sessions.require(ctx), ctx.pathParam("ticketId"))));
    }
}
