package org.yeyak.server.staff;

import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;

/**
 * {@code /api/v1/staff/...}: sign-in, who am I, token refresh; and {@code GET /api/v1/time},
 * the server clock for the console's status bar.
 */
public final class StaffRoutes {
    /** The zone the console shows times in: the campaigns' default zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    public record LoginRequest(String username, String password) {
    }

    public record LoginResponse(String token, Role role, Instant expiresAt) {
    }

    public record Me(String username, Role role, Instant expiresAt, Instant signedInAt) {
    }

    private final StaffLogin login;
    private final StaffTokens tokens;
    private final StaffAccounts accounts;
    private final StaffAudit audit;
    private final Clock serverClock;
    private final boolean demo;

    public StaffRoutes(StaffLogin login, StaffTokens tokens, StaffAccounts accounts, StaffAudit audit,
                       Clock serverClock, boolean demo) {
        this.login = login;
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.serverClock = serverClock;
        this.demo = demo;
    }

    public void register(StaffRouter r) {
        EnumSet<Role> everyone = EnumSet.allOf(Role.class);
        r.open(HandlerType.POST, "/api/v1/staff/login", "Sign in; answers a staff token", ctx -> {
            LoginRequest req = Bodies.read(ctx, LoginRequest.class);
            String username = Bodies.require(req.username(), "username");
            String password = Bodies.require(req.password(), "password");
            if (username.strip().length() > StaffLogin.MAX_USERNAME) {
                throw ApiError.invalidInput("username", "A user name has at most " + StaffLogin.MAX_USERNAME + " characters.");
            }
            if (password.length() > StaffLogin.MAX_PASSWORD) {
                throw ApiError.invalidInput("password", "A password has at most " + StaffLogin.MAX_PASSWORD + " characters.");
            }
            StaffLogin.Attempt a = login.login(username, password);
            if (!a.success()) {
                audit.recordAnonymous(ctx, "STAFF_LOGIN_FAILED", "staff:" + a.username(),
                        Map.of("code", a.refusal().code()));
                throw a.refusal();
            }
            audit.record(ctx, new StaffPrincipal(a.username(), a.role(), a.issued().expiresAt(), null), "STAFF_LOGIN",
                    "staff:" + a.username(), Map.of());
            ctx.json(new LoginResponse(a.issued().token(), a.role(), a.issued().expiresAt()));
        });
        r.allow(HandlerType.GET, "/api/v1/staff/me", everyone, "The signed-in staff member",
                (ctx, who) -> ctx.json(new Me(who.username(), who.role(), who.expiresAt(), who.signedInAt())));
        r.allow(HandlerType.POST, "/api/v1/staff/refresh", everyone, "A fresh token for the same sign-in", (ctx, who) -> {
            StaffAccount account = accounts.find(who.username()).filter(StaffAccount::enabled)
                    .orElseThrow(() -> ApiError.unauthorized("INVALID_TOKEN", "This account no longer exists; sign in again."));
            StaffTokens.Issued issued = tokens.refresh(who, account.role())
                    .orElseThrow(() -> ApiError.unauthorized("INVALID_TOKEN", "This sign-in has expired; sign in again."));
            ctx.json(new LoginResponse(issued.token(), issued.role(), issued.expiresAt()));
        });
        r.open(HandlerType.GET, "/api/v1/time", "The server clock (the demo clock in demo mode)", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("now", OffsetDateTime.ofInstant(serverClock.instant(), ZONE));
            body.put("zone", ZONE.getId());
            body.put("demo", demo);
            ctx.json(body);
        });
    }
}
