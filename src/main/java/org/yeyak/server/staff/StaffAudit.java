package org.yeyak.server.staff;

import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what staff do: who, what, on what, from where. Every staff handler that changes
 * something, and every sign-in, reports here. Details never hold a resident id in the clear.
 */
public final class StaffAudit {
    private static final Logger log = LoggerFactory.getLogger(StaffAudit.class);

    /** Records an action of {@code actor} (a user name; "anonymous" before sign-in). */
    public void record(Context ctx, String actor, String action, String target, Map<String, ?> details) {
        log.info("audit actor={} action={} target={} from={} details={}", actor, action, target, ctx.ip(), details);
    }
}
