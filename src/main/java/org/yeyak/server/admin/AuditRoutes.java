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

    /**
     * One event as shown: {@code detail} as a JSON object; {@code at} in UTC ({@code ...Z}), as the
     * audit trail records it, unlike the citizen-facing answers that speak the campaign's +09:00.
     */
    public record EventView(long id, String at, String actor, String action, String subject, Object detail,
                            String prevHash, String hash) {
        static EventView of(AuditEvent e) {
            Object detail;
            try {
                detail = Json.mapper().readTree(e.detail());
            } catch (java.io.IOException ex) {
                detail = e.detail();
            }
            return new EventView(e.seq(), e.at().toString(), e.actor(), e.action(), e.subject(), detail, e.prevHash(), e.hash());
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
                "Audit events: newest first (?before=id), or oldest first (?after=id); ?limit=1..500, ?actor=, ?action=",
                (ctx, who) -> {
                    int limit = intParam(ctx, "limit", 100, 1, MAX_LIMIT);
                    String actor = filter(ctx.queryParam("actor"), "actor", 128);
                    String action = filter(ctx.queryParam("action"), "action", 64);
                    String after = ctx.queryParam("after");
                    String before = ctx.queryParam("before");
                    boolean ascending = after != null;
                    long bound = ascending ? longParam(after, "after")
                            : before == null ? Long.MAX_VALUE : longParam(before, "before");
                    List<EventView> events = page(ascending, bound, limit, actor, action);
                    String next = null;
                    if (events.size() == limit) {
                        next = (ascending ? "after=" : "before=") + events.get(events.size() - 1).id() + "&limit=" + limit
                                + (actor == null ? "" : "&actor=" + java.net.URLEncoder.encode(actor, java.nio.charset.StandardCharsets.UTF_8))
                                + (action == null ? "" : "&action=" + action);
                    }
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

    /** One page, after (ascending) or before (descending) an id, optionally for one actor and/or action. */
    private List<EventView> page(boolean ascending, long bound, int limit, String actor, String action) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, actor, action, subject, detail, prev_hash, hash"
                + " FROM audit_events WHERE seq " + (ascending ? ">" : "<") + " ?");
        if (actor != null) {
            sql.append(" AND actor = ?");
        }
        if (action != null) {
            sql.append(" AND action = ?");
        }
        sql.append(" ORDER BY seq ").append(ascending ? "ASC" : "DESC").append(" LIMIT ?");
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, bound);
                if (actor != null) {
                    ps.setString(i++, actor);
                }
                if (action != null) {
                    ps.setString(i++, action);
                }
                ps.setInt(i, limit);
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

    private static String filter(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ApiError.invalidInput(name, name + " has at most " + max + " characters.");
        }
        return value;
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
