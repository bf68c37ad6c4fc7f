package org.yeyak.server.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.http.Routes;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.store.Database;

/**
 * The staff side of one server node: accounts, sign-in, tokens, and the staff route table
 * with its guard. {@code YeyakServer} builds one and registers {@link #routes()}.
 */
public final class StaffModule {
    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffTokens tokens;
    private final StaffLogin login;
    private final StaffAudit audit;
    private final StaffRouter router;
    private final String generatedPassword;

    /**
     * @param serverClock the clock the rules read (the demo clock in demo mode)
     */
    public StaffModule(ServerConfig config, Clock serverClock, ServerKeys keys, Database db) {
        // Sign-in, locks and token lifetimes run on real time: see StaffTokens.
        Clock wall = Clock.systemUTC();
        this.accounts = new StaffAccounts(db.dataSource());
        this.hasher = new PasswordHasher();
        this.tokens = new StaffTokens(keys.secret("staff-token"), wall);
        LoginThrottle throttle = new LoginThrottle(db.dataSource(), wall, LoginThrottle.Policy.defaults());
        this.login = new StaffLogin(accounts, hasher, throttle, tokens);
        this.audit = new StaffAudit();
        if (config.demo()) {
            String given = config.staffPassword();
            this.generatedPassword = given == null || given.isBlank() ? PasswordHasher.randomPassword() : null;
            DemoStaff.seed(accounts, hasher, generatedPassword != null ? generatedPassword : given, wall.instant());
        } else {
            this.generatedPassword = null;
            accounts.deleteDemoAccounts();
        }
        this.router = new StaffRouter(tokens);
        new StaffRoutes(login, tokens, accounts, audit, serverClock, config.demo()).register(router);
    }

    public Routes routes() {
        return router.routes();
    }

    /** The whole staff route table (for the authorization matrix test and docs). */
    public List<StaffRoute> routeTable() {
        return router.table();
    }

    /** The random demo password, when demo mode chose one (the caller prints it once). */
    public Optional<String> generatedDemoPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    public StaffRouter router() {
        return router;
    }

    public StaffTokens tokens() {
        return tokens;
    }

    public StaffAudit audit() {
        return audit;
    }
}
