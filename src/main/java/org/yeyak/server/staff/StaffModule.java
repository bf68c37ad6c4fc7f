package org.yeyak.server.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.admin.AllocationRoutes;
import org.yeyak.server.admin.AuditRoutes;
import org.yeyak.server.admin.CampaignRoutes;
import org.yeyak.server.admin.ProviderAdminRoutes;
import org.yeyak.server.admin.ReportRoutes;
import org.yeyak.server.admin.ClinicAdminRoutes;
import org.yeyak.server.admin.StaffAccountRoutes;
import org.yeyak.server.assist.AssistRoutes;
import org.yeyak.server.assist.PersonRefs;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.booking.BookingService;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.http.Routes;
import org.yeyak.server.identity.ProviderRegistry;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.store.Database;

/**
 * The staff side of one server node: accounts, sign-in, tokens, the staff route table with its
 * guard, and the officials' and call-center routes. {@code YeyakServer} builds one from the
 * node's parts and registers {@link #routes()}.
 */
public final class StaffModule {
    /** The one account a new production store starts with. */
    public static final String FIRST_OFFICIAL = "admin";

    /** What the staff side uses of the node ({@code clock}: the rules' clock, the demo clock in demo mode). */
    public record Parts(ServerConfig config, Clock clock, ServerKeys keys, Database db, AuditLog audit,
                        CampaignStore campaigns, ClinicStore clinics, RegionStore regions, StockStore stock,
                        BookingService bookings, PersonKeys personKeys, ProviderRegistry providers) {
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffTokens tokens;
    private final StaffLogin login;
    private final StaffAudit audit;
    private final StaffRouter router;
    private final String generatedPassword;
    private final String initialAccounts;

    public StaffModule(Parts p) {
        ServerConfig config = p.config();
        Clock serverClock = p.clock();
        var ds = p.db().dataSource();
        // Sign-in, locks and token lifetimes run on real time: see StaffTokens.
        Clock wall = Clock.systemUTC();
        this.accounts = new StaffAccounts(ds);
        this.hasher = new PasswordHasher();
        this.tokens = new StaffTokens(p.keys().secret("staff-token"), wall);
        LoginThrottle throttle = new LoginThrottle(ds, wall, LoginThrottle.Policy.defaults());
        this.login = new StaffLogin(accounts, hasher, throttle, tokens);
        this.audit = new StaffAudit(p.audit());
        String given = config.staffPassword() == null || config.staffPassword().isBlank() ? null : config.staffPassword();
        if (config.demo()) {
            this.generatedPassword = given == null ? PasswordHasher.randomPassword() : null;
            DemoStaff.seed(accounts, hasher, generatedPassword != null ? generatedPassword : given, wall.instant());
            this.initialAccounts = "Demo staff accounts official, callcenter, analyst";
        } else {
            accounts.deleteDemoAccounts();
            // A fresh production store has nobody who could create accounts: start with one official.
            if (accounts.list().isEmpty()) {
                this.generatedPassword = given == null ? PasswordHasher.randomPassword() : null;
                accounts.create(new StaffAccount(FIRST_OFFICIAL, Role.OFFICIAL,
                        hasher.hash(generatedPassword != null ? generatedPassword : given), false, true, wall.instant()));
            } else {
                this.generatedPassword = null;
            }
            this.initialAccounts = "First staff account " + FIRST_OFFICIAL + " (OFFICIAL; change its password)";
        }
        this.router = new StaffRouter(tokens);
        new StaffRoutes(login, tokens, accounts, audit, serverClock, config.demo()).register(router);
        new StaffAccountRoutes(accounts, hasher, audit, wall).register(router);
        new CampaignRoutes(ds, p.campaigns(), audit, serverClock).register(router);
        new ClinicAdminRoutes(ds, p.clinics(), p.regions(), audit).register(router);
        new AllocationRoutes(ds, p.campaigns(), p.clinics(), p.regions(), p.stock(), audit).register(router);
        new ProviderAdminRoutes(p.providers(), audit).register(router);
        new AuditRoutes(ds, audit).register(router);
        new ReportRoutes(ds, p.campaigns(), p.regions(), p.stock()).register(router);
        new AssistRoutes(p.bookings(), p.campaigns(), p.clinics(), p.stock(), p.personKeys(),
                new PersonRefs(p.keys().secret("assist-person-ref"), wall), audit, serverClock).register(router);
    }
    public Routes routes() {
        return router.routes();
    }

    /** The whole staff route table (for the authorization matrix test and docs). */
    public List<StaffRoute> routeTable() {
        return router.table();
    }

    /**
     * The line to show once when the server chose a random staff password (demo accounts, or
     * the first official of a new store): for the terminal only, never for the log.
     */
    public Optional<String> passwordNotice() {
        return Optional.ofNullable(generatedPassword).map(pw -> initialAccounts + ": password " + pw);
    }

    /** The random password chosen at start-up, if any. */
    public Optional<String> generatedPassword() {
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
