package org.yeyak.server.staff;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Routes;

/**
 * The staff route table and its guard. Every staff route is declared here with the roles
 * that may call it, and is registered only through here, so the table is complete by
 * construction: the authorization test walks {@link #table()} for every role. The guard runs
 * before the handler: no token → {@code 401 UNAUTHENTICATED}; a token that is not a valid staff
 * token (forged, expired, a citizen's) → {@code 401 INVALID_TOKEN}; a role not admitted →
 * {@code 403 FORBIDDEN}.
 */
public final class StaffRouter {
    public static final String PRINCIPAL = "yeyak.staff";

    private record Entry(StaffRoute route, Handler handler) {
    }

    private final StaffTokens tokens;
    private final List<Entry> entries = new ArrayList<>();

    public StaffRouter(StaffTokens tokens) {
        this.tokens = tokens;
    }

    /** A route anyone may call, without a token. */
    public StaffRouter open(HandlerType method, String path, String summary, Handler handler) {
        entries.add(new Entry(new StaffRoute(method, path, true, Set.of(), summary), handler));
        return this;
    }

    /** A route for staff with one of {@code roles}. */
    public StaffRouter allow(HandlerType method, String path, Set<Role> roles, String summary, StaffHandler handler) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(path + ": name at least one role");
        }
        StaffRoute route = new StaffRoute(method, path, false, roles, summary);
        entries.add(new Entry(route, ctx -> handler.handle(ctx, authorize(ctx, route))));
        return this;
    }

    public StaffRouter allow(HandlerType method, String path, Role role, String summary, StaffHandler handler) {
        return allow(method, path, EnumSet.of(role), summary, handler);
    }

    /** Every staff route, in registration order. */
    public List<StaffRoute> table() {
        return Collections.unmodifiableList(entries.stream().map(Entry::route).toList());
    }

    /** Registers the whole table with the server. */
    public Routes routes() {
        return cfg -> entries.forEach(e -> cfg.addHttpHandler(e.route().method(), e.route().path(), e.handler()));
    }

    /** The verified caller of {@code ctx}, or a 401. */
    public StaffPrincipal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("UNAUTHENTICATED", "Sign in as staff: this route needs a staff token.");
        }
        String h = header.strip();
        if (!h.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            throw unauthorized("INVALID_TOKEN", "Use 'Authorization: Bearer <staff token>'.");
        }
        Optional<StaffPrincipal> p = tokens.verify(h.substring(7).strip());
        return p.orElseThrow(() -> unauthorized("INVALID_TOKEN",
                "The staff token is invalid or has expired; sign in again."));
    }

    private StaffPrincipal authorize(Context ctx, StaffRoute route) {
        StaffPrincipal p = authenticate(ctx);
        if (!route.admits(p.role())) {
            throw ApiError.forbidden("FORBIDDEN", "Your role (" + p.role() + ") may not do this.");
        }
        ctx.attribute(PRINCIPAL, p);
        return p;
    }

    private static ApiError unauthorized(String code, String detail) {
        return ApiError.unauthorized(code, detail).header("WWW-Authenticate", "Bearer realm=\"yeyak-staff\"");
    }
}
