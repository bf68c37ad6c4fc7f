package org.yeyak.server.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.yeyak.client.Json;
import org.yeyak.server.audit.AuditEvent;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffRouter;
import org.yeyak.server.store.Tx;

/**
 * {@code /api/v1/admin/audit}: officials page through the audit trail and verify its hash
 * chain. The trail is append-only; nothing here changes it (a verification is itself recorded).
 */
public final class AuditRoutes {
    public static final int MAX_LIMIT = 500;

    /** One event as shown: {@code detail} as a JSON object, times in UTC. */
    public record EventView(long id, Instant at, String actor, String action, String subject, Object detail,
                            String prevHash, String hash) {
        static EventView of(AuditEvent e) {
            Object detail;
            try {
                detail = Json.mapper().readTree(e.detail());
            } catch (java.io.IOException ex) {
                detail = e.detail();
            }
            return new EventView(e.seq(), e.at(), e.actor(), e.action(), e.subject(), detail, e.prevHash(), e.hash());
        }
    }

    /** A page of events; {@code next} is the query for the following page, null at the end. */
    public record Page(List<EventView> events, String next) {
    }

    public record VerifyView(boolean valid, long events, Long firstBrokenId, String problem, String headHash) {
    }

    private final DataSource ds;
    private final AuditLog log;
    private final StaffAudit audit;

    public AuditRoutes(DataSource ds, StaffAudit audit) {
        this.ds = ds;
        this.log = audit.log();
        this.audit = audit;
    }

    public void register(StaffRouter r) {
        r.allow(HandlerType.GET, "/api/v1/admin/audit", Role.OFFICIAL,
                "Audit events: newest first (?before=id), or oldest first (?after=id); ?limit=1..500", (ctx, who) -> {
                    int limit = intParam(ctx, "limit", 100, 1, MAX_LIMIT);
                    String after = ctx.queryParam("after");
                    if (after != null) {
                        long from = longParam(after, "after");
                        List<EventView> events = log.list(from, limit).stream().map(EventView::of).toList();
                        String next = events.size() < limit ? null
                                : "after=" + events.get(events.size() - 1).id() + "&limit=" + limit;
                        ctx.json(new Page(events, next));
                        return;
                    }
                    String beforeText = ctx.queryParam("before");
                    long before = beforeText == null ? Long.MAX_VALUE : longParam(beforeText, "before");
                    List<EventView> events = newestFirst(before, limit);
                    String next = events.size() < limit ? null
                            : "before=" + events.get(events.size() - 1).id() + "&limit=" + limit;
                    ctx.json(new Page(events, next));
                });
        r.allow(HandlerType.GET, "/api/v1/admin/audit/verify", Role.OFFICIAL, "Verify the audit trail's hash chain",
                (ctx, who) -> {
                    AuditLog.Verification v = log.verify();
                    // Recorded after the check, so the answer describes the chain as it was asked about.
                    audit.record(ctx, who, "AUDIT_VERIFIED", "audit", Map.of("valid", v.intact(), "events", v.events()));
                    ctx.json(new VerifyView(v.intact(), v.events(), v.brokenAt(), v.problem(), v.headHash()));
                });
    }

    private List<EventView> newestFirst(long before, int limit) {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, action, subject, detail, prev_hash, hash"
                    + " FROM audit_events WHERE seq < ? ORDER BY seq DESC LIMIT ?")) {
                ps.setLong(1, before);
                ps.setInt(2, limit);
                List<EventView> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(EventView.of(new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return dflt;
        }
        long n = longParam(v, name);
        if (n < min || n > max) {
            throw ApiError.invalidInput(name, name + " is " + min + " to " + max + ".");
        }
        return (int) n;
    }

    private static long longParam(String v, String name) {
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.invalidInput(name, name + " is a whole number, 0 or more.");
        }
    }
}
