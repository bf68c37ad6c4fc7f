package org.yeyak.server.admin;

import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.staff.PasswordHasher;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAccount;
import org.yeyak.server.staff.StaffAccounts;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffLogin;
import org.yeyak.server.staff.StaffRouter;

/**
 * {@code /api/v1/admin/staff}: officials list, create and change staff accounts (role,
 * enabled, password). An official cannot disable or demote their own account, so the last
 * official cannot lock everyone out by accident.
 */
public final class StaffAccountRoutes {
    public static final int MIN_PASSWORD = 12;

    public record AccountView(String username, Role role, boolean enabled, boolean demo, Instant createdAt) {
        static AccountView of(StaffAccount a) {
            return new AccountView(a.username(), a.role(), a.enabled(), a.demo(), a.createdAt());
        }
    }

    public record NewAccount(String username, Role role, String password) {
    }

    public record AccountChange(Role role, Boolean enabled, String password) {
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffAudit audit;
    private final Clock clock;

    public StaffAccountRoutes(StaffAccounts accounts, PasswordHasher hasher, StaffAudit audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(StaffRouter r) {
        r.allow(HandlerType.GET, "/api/v1/admin/staff", Role.OFFICIAL, "List staff accounts",
                (ctx, who) -> ctx.json(accounts.list().stream().map(AccountView::of).toList()));
        r.allow(HandlerType.POST, "/api/v1/admin/staff", Role.OFFICIAL, "Create a staff account", (ctx, who) -> {
            NewAccount req = Bodies.read(ctx, NewAccount.class);
            String username = StaffLogin.normalize(Bodies.require(req.username(), "username"));
            if (!username.matches("[a-z0-9._-]{3,64}")) {
                throw ApiError.invalidInput("username", "A user name is 3–64 of a-z, 0-9, '.', '_', '-'.");
            }
            Role role = Bodies.require(req.role(), "role");
            String password = checkedPassword(Bodies.require(req.password(), "password"));
            StaffAccount a = new StaffAccount(username, role, hasher.hash(password), false, true, clock.instant());
            if (!accounts.create(a)) {
                throw ApiError.conflict("USERNAME_TAKEN", "User name taken", "There is already an account '" + username + "'.");
            }
            audit.record(ctx, who, "STAFF_ACCOUNT_CREATED", "staff:" + username, Map.of("role", role.name()));
            ctx.status(201).json(AccountView.of(a));
        });
        r.allow(HandlerType.PATCH, "/api/v1/admin/staff/{username}", Role.OFFICIAL, "Change a staff account", (ctx, who) -> {
            String username = StaffLogin.normalize(ctx.pathParam("username"));
            AccountChange req = Bodies.read(ctx, AccountChange.class);
            StaffAccount a = accounts.find(username)
                    .orElseThrow(() -> ApiError.notFound("No staff account '" + username + "'."));
            if (username.equals(who.username())
                    && (Boolean.FALSE.equals(req.enabled()) || (req.role() != null && req.role() != Role.OFFICIAL))) {
                throw ApiError.invalidInput(req.role() != null ? "role" : "enabled",
                        "You cannot disable or demote your own account.");
            }
            String hash = req.password() == null ? a.passwordHash() : hasher.hash(checkedPassword(req.password()));
            StaffAccount changed = new StaffAccount(a.username(), req.role() == null ? a.role() : req.role(), hash, a.demo(),
                    req.enabled() == null ? a.enabled() : req.enabled(), a.createdAt());
            accounts.upsert(changed);
            audit.record(ctx, who, "STAFF_ACCOUNT_CHANGED", "staff:" + username, Map.of(
                    "role", changed.role().name(), "enabled", changed.enabled(), "passwordChanged", req.password() != null));
            ctx.json(AccountView.of(changed));
        });
    }

    private static String checkedPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > StaffLogin.MAX_PASSWORD) {
            throw ApiError.invalidInput("password", "A password has " + MIN_PASSWORD + " to " + StaffLogin.MAX_PASSWORD
                    + " characters.");
        }
        return password;
    }
}
