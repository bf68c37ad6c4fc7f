package org.yeyak.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.server.admission.FrontDoor;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.booking.BookingRoutes;
import org.yeyak.server.booking.BookingService;
import org.yeyak.server.booking.CitizenGate;
import org.yeyak.server.booking.ClinicRoutes;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.demo.DemoData;
import org.yeyak.server.demo.DemoRoutes;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.http.HealthRoutes;
import org.yeyak.server.http.JettyProblems;
import org.yeyak.server.http.ProblemMapper;
import org.yeyak.server.http.Routes;
import org.yeyak.server.http.WebJson;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.staff.StaffModule;
import org.yeyak.server.staff.StaffRoute;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Database;

/**
 * One booking server node: store, services and HTTP routes. Used by {@link ServerMain},
 * by the console (embedded, in-process) and by the tests (port 0).
 */
public final class YeyakServer implements AutoCloseable {
    /** API.md: the demo clock starts at the first window's opening. */
    public static final Instant DEMO_START = Instant.parse("2021-08-09T11:00:00Z");
    /** Connections the kernel may hold for us before we accept them. */
    static final int ACCEPT_QUEUE = 4096;
    /** Gzip level of answers (1 = fastest; see the compression setting below). */
    static final int GZIP_LEVEL = 1;
    private static final Logger log = LoggerFactory.getLogger(YeyakServer.class);

    /** Jobs (bookings, verifications, tickets) per group commit (system property {@code yeyak.batch.max}). */
    private static final int MAX_BATCH = Integer.getInteger("yeyak.batch.max", 128);
    /**
     * Batch writer threads (system property {@code yeyak.writers}): one suffices for H2, whose
     * statements are in-process calls; PostgreSQL's are network round trips, so several batches
     * fill while one commits.
     */
    private static final String WRITERS = "yeyak.writers";
    /** How old this node's copy of the stock may grow before it is read again (other nodes' bookings). */
    private static final String MIRROR_MAX_AGE = "yeyak.stock.mirrorMaxAge";

    private final ServerConfig config;
    private final ServerClock clock;
    private final Database database;
    private final ServerKeys keys;
    private final StaffModule staff;
    private final PersonKeys personKeys;
    private final AuditLog audit;
    private final RegionStore regions;
    private final ClinicStore clinics;
    private final CampaignStore campaigns;
    private final StockStore stock;
    private final StockMirror mirror;
    private final BatchWriter writer;
    private final BookingService bookings;
    private final FrontDoor frontDoor;
    private final CitizenGate citizenGate;
    private final Javalin app;

    private YeyakServer(ServerConfig config, Function<YeyakServer, CitizenGate> gateFactory) {
        this.config = config;
        this.clock = config.demo() ? ServerClock.demo(DEMO_START) : ServerClock.system();
        this.keys = new ServerKeys(config.dataDir());
        this.personKeys = new PersonKeys(keys);
        this.database = Database.open(config.dataDir(), config.dbUrl(), config.dbUser(), config.dbPassword());
        DataSource ds = database.dataSource();
        this.audit = new AuditLog(ds, clock);
        this.regions = new RegionStore(ds);
        this.clinics = new ClinicStore(ds);
        this.campaigns = new CampaignStore(ds, clock);
        this.stock = new StockStore(ds);
        try {
            if (config.demo()) {
                DemoData.loadIfAbsent(ds, clock, audit);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        this.writer = new BatchWriter(ds, audit, MAX_BATCH,
                Integer.getInteger(WRITERS, database.kind() == Database.Kind.POSTGRES ? 4 : 1));
        this.mirror = new StockMirror(ds, mirrorMaxAge(database.kind()));
        this.bookings = new BookingService(ds, clock, campaigns, clinics, writer, mirror);
        this.frontDoor = new FrontDoor(config, clock, keys, database, mirror, writer);
        this.citizenGate = gateFactory.apply(this);
        this.staff = new StaffModule(new StaffModule.Parts(config, clock, keys, database, audit, campaigns, clinics,
                regions, stock, bookings, personKeys, frontDoor.providers()));
        List<Routes> modules = new ArrayList<>(List.of(
                new ProblemMapper(),
                new HealthRoutes(),
                new BookingRoutes(citizenGate, bookings),
                new ClinicRoutes(citizenGate, campaigns, regions, mirror, clock),
                staff.routes()));
        modules.addAll(frontDoor.routes());
        if (config.demo()) {
            modules.add(new DemoRoutes(clock));
        }
        this.app = Javalin.create(cfg -> {
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = Bodies.MAX_BODY_BYTES;
            cfg.http.defaultContentType = "application/json";
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JettyProblems()));
            // Jetty keeps a per-connection cache of header fields (a trie it fills, clears and
            // refills); with a connection per citizen and a distinct token in every request it
            // only cost: 6 % of the server's CPU under the 40,000-citizen ramp (JFR). 0 = off.
            cfg.jetty.modifyHttpConfiguration(hc -> hc.setHeaderCacheSize(0));
            cfg.jsonMapper(new JavalinJackson(WebJson.mapper(), true));
            // Answers over 1,500 bytes are gzipped when the client accepts it (a province's clinic
            // listing, ~24 KB of JSON, becomes ~2.4 KB for a phone). Level 1, not Javalin's 6:
            // a quarter of the CPU for 18 % more bytes (150 µs → 40 µs a listing, 2.0 → 2.4 KB).
            cfg.http.compressionStrategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
            // At 20:00 thousands connect at once: the JDK's default accept backlog (50) turns
            // that into connection timeouts before a request is even read.
            cfg.jetty.modifyServer(jetty -> jetty.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                    for (org.eclipse.jetty.server.Connector c : jetty.getConnectors()) {
                        if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                            sc.setAcceptQueueSize(ACCEPT_QUEUE);
                        }
                    }
                }
            }));
            modules.forEach(m -> m.register(cfg.routes));
            // An official's change of stock or clinics reaches the citizens' listings at once.
            cfg.routes.after("/api/v1/admin/*", ctx -> {
                if (ctx.method() != io.javalin.http.HandlerType.GET && ctx.statusCode() < 400) {
                    mirror.invalidate();
                }
            });
        });
    }

    /**
     * Opens the store, then listens on the configured host and port (0 = a free one). Citizens
     * reach the booking routes through the front door: a verified session and an admission token.
     */
    public static YeyakServer start(ServerConfig config) {
        return start(config, server -> server.frontDoor().citizenGate());
    }

    /**
     * As {@link #start(ServerConfig)}, with the citizen gate the booking routes use, built from
     * the node's parts (keys, clock, store). Production wiring passes the verification and
     * waiting-room gate; tests pass their own.
     */
    public static YeyakServer start(ServerConfig config, Function<YeyakServer, CitizenGate> gateFactory) {
        YeyakServer server = new YeyakServer(config, gateFactory);
        try {
            if (config.demo()) {
                // API.md: the demo clock starts at 20:00 — when the server is ready, not when the
                // (first-start) demo load began, which takes seconds.
                server.clock.moveTo(DEMO_START);
            }
            server.app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            server.frontDoor.close();
            server.writer.close();
            server.database.close();
            throw e;
        }
        log.info("Yeyak server listening on {} ({} store{})", server.url(), server.database.kind(),
                config.demo() ? ", demo mode" : "");
        return server;
    }

    /**
     * An embedded H2 file is open in this process only, so every booking is this node's and the
     * mirror follows them all: it is re-read only after staff changes (a timed re-read could race
     * a booking committing meanwhile and show one dose too many until the next). On PostgreSQL
     * other nodes book too: re-read every 10 s.
     */
    private static java.time.Duration mirrorMaxAge(Database.Kind kind) {
        String v = System.getProperty(MIRROR_MAX_AGE);
        try {
            if (v == null || v.isBlank()) {
                return kind == Database.Kind.POSTGRES ? java.time.Duration.ofSeconds(10) : java.time.Duration.ofDays(3650);
            }
            return java.time.Duration.parse(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(MIRROR_MAX_AGE + " must be an ISO-8601 duration such as PT10S, not " + v);
        }
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        if ("0.0.0.0".equals(host)) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + app.port();
    }

    public int port() {
        return app.port();
    }

    public ServerConfig config() {
        return config;
    }

    public ServerClock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public ServerKeys keys() {
        return keys;
    }

    /** Every staff route with the roles it admits (the authorization matrix walks it). */
    public List<StaffRoute> staffRoutes() {
        return staff.routeTable();
    }

    /** The random staff password chosen at start-up (demo accounts, or a new store's first official). */
    public java.util.Optional<String> demoStaffPassword() {
        return staff.generatedPassword();
    }

    /** The line that shows that password: print it once on the terminal, never log it. */
    public java.util.Optional<String> staffPasswordNotice() {
        return staff.passwordNotice();
    }

    public PersonKeys personKeys() {
        return personKeys;
    }

    public AuditLog audit() {
        return audit;
    }

    public RegionStore regions() {
        return regions;
    }

    public ClinicStore clinics() {
        return clinics;
    }

    public CampaignStore campaigns() {
        return campaigns;
    }

    public StockStore stock() {
        return stock;
    }

    /** The group-commit writer: bookings and the front door's verifications and tickets share its commits. */
    public BatchWriter writer() {
        return writer;
    }

    public BookingService bookings() {
        return bookings;
    }

    /** The citizen front door: identity providers (the staff API switches them here), sessions, queue. */
    public FrontDoor frontDoor() {
        return frontDoor;
    }

    /**
     * Stops taking requests, lets the batch writer finish every job already queued (each is
     * committed before the store closes), then closes the store.
     */
    @Override
    public void close() {
        app.stop();
        frontDoor.close();
        writer.close();
        database.close();
        log.info("Yeyak server stopped");
    }
}
