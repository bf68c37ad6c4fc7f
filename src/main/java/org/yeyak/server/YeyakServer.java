package org.yeyak.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.client.Json;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.http.HealthRoutes;
import org.yeyak.server.http.ProblemMapper;
import org.yeyak.server.http.Routes;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.staff.StaffModule;
import org.yeyak.server.staff.StaffRoute;
import org.yeyak.server.store.Database;

/**
 * One booking server node: store, services and HTTP routes. Used by {@link ServerMain},
 * by the console (embedded, in-process) and by the tests (port 0).
 */
public final class YeyakServer implements AutoCloseable {
    /** API.md: the demo clock starts at the first window's opening. */
    public static final Instant DEMO_START = Instant.parse("2021-08-09T11:00:00Z");
    private static final Logger log = LoggerFactory.getLogger(YeyakServer.class);

    private final ServerConfig config;
    private final ServerClock clock;
    private final Database database;
    private final ServerKeys keys;
    private final StaffModule staff;
    private final Javalin app;

    private YeyakServer(ServerConfig config) {
        this.config = config;
        this.clock = config.demo() ? ServerClock.demo(DEMO_START) : ServerClock.system();
        this.keys = new ServerKeys(config.dataDir());
        this.database = Database.open(config.dataDir(), config.dbUrl(), config.dbUser(), config.dbPassword());
        this.staff = new StaffModule(config, clock, keys, database);
        List<Routes> modules = List.of(
                new ProblemMapper(),
                new HealthRoutes(),
                staff.routes());
        this.app = Javalin.create(cfg -> {
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = Bodies.MAX_BODY_BYTES;
            cfg.http.defaultContentType = "application/json";
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), true));
            modules.forEach(m -> m.register(cfg.routes));
        });
    }

    /** Opens the store, then listens on the configured host and port (0 = a free one). */
    public static YeyakServer start(ServerConfig config) {
        YeyakServer server = new YeyakServer(config);
        try {
            server.app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            server.database.close();
            throw e;
        }
        log.info("Yeyak server listening on {} ({} store{})", server.url(), server.database.kind(),
                config.demo() ? ", demo mode" : "");
        return server;
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

    /** Stops taking requests, lets in-flight ones finish, then closes the store. */
    @Override
    public void close() {
        app.stop();
        database.close();
        log.info("Yeyak server stopped");
    }
}
