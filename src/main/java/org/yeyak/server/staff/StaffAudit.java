package org.yeyak.server.staff;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.server.audit.AuditEntry;
import org.yeyak.server.audit.AuditEvent;
import org.yeyak.server.audit.AuditLog;

/**
 * Records what staff do in core's hash-chained {@link AuditLog}: who ({@code staff:<username>}),
 * what, on what, and from where (the caller's address, in the details, with the role). Every
 * staff handler that changes something, and every sign-in, reports here. Details never hold a
 * resident id in the clear.
 */
public final class StaffAudit {
    private final AuditLog log;

    public StaffAudit(AuditLog log) {
        this.log = log;
    }

    public static String actor(StaffPrincipal who) {
        return "staff:" + who.username();
    }

    /** An action of a signed-in staff member, in its own transaction. */
    public AuditEvent record(Context ctx, StaffPrincipal who, String action, String subject, Map<String, ?> detail) {
        return log.append(entry(ctx, who, action, subject, detail));
    }

    /** An action before sign-in (a failed sign-in), by {@code anonymous}. */
    public AuditEvent recordAnonymous(Context ctx, String action, String subject, Map<String, ?> detail) {
        return log.append(new AuditEntry("anonymous", action, subject, withOrigin(ctx, null, detail)));
    }

    /** The entry for an action, for appending on the caller's own transaction. */
    public AuditEntry entry(Context ctx, StaffPrincipal who, String action, String subject, Map<String, ?> detail) {
        return new AuditEntry(actor(who), action, subject, withOrigin(ctx, who, detail));
    }

    private static Map<String, Object> withOrigin(Context ctx, StaffPrincipal who, Map<String, ?> detail) {
        Map<String, Object> out = new LinkedHashMap<>(detail == null ? Map.of() : detail);
        out.put("from", ctx.ip());
        if (who != null) {
            out.put("role", who.role().name());
        }
        return out;
    }

    public AuditLog log() {
        return log;
    }
}
