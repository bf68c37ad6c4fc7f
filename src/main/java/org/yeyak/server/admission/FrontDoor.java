package org.yeyak.server.admission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.server.ServerClock;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.booking.CitizenGate;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.http.Routes;
import org.yeyak.server.identity.IdentityRoutes;
import org.yeyak.server.identity.ProviderRegistry;
import org.yeyak.server.identity.SimulatedProvider;
import org.yeyak.server.identity.VerificationService;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.metrics.LiveFigures;
import org.yeyak.server.metrics.MetricsRoutes;
import org.yeyak.server.metrics.PrometheusMetrics;
import org.yeyak.server.metrics.WindowStats;
import org.yeyak.server.queue.BookingLookup;
import org.yeyak.server.queue.CampaignDirectory;
import org.yeyak.server.queue.QueueRoutes;
import org.yeyak.server.queue.TicketIds;
import org.yeyak.server.queue.WaitingRoom;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.session.SessionGate;
import org.yeyak.server.session.SessionRoutes;
import org.yeyak.server.session.SessionTokens;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Database;

/**
 * The citizen front door of one node, assembled: identity providers and verification,
 * citizen sessions, the waiting room and its admission controller, live figures.
 * {@code YeyakServer} builds one, registers its {@link #routes()} and closes it.
 */
public final class FrontDoor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FrontDoor.class);

    private final FrontDoorSettings settings;
    private final ScheduledExecutorService timer;
    private final ExecutorService callbacks;
    private final ProviderRegistry providers;
    private final PersonKeys personKeys;
    private final SessionTokens sessionTokens;
    private final SessionGate sessionGate;
    private final VerificationService verifications;
    private final WindowStats bookingStage;
    private final AdmissionTokens admissionTokens;
    private final BookingLookup bookings;
    private final WaitingRoom room;
    private final AdmissionController controller;
    private final FrontDoorGate gate;
    private final LiveFigures figures;
    private final MetricsRoutes metrics;
    private final List<Routes> routes = new ArrayList<>();

    /**
     * {@code writer}: the node's group commit (the one the bookings use): verification outcomes
     * and ticket issues are its jobs, so they share commits with each other and with
     * bookings. The caller closes it after this front door.
     */
    public FrontDoor(ServerConfig config, ServerClock clock, ServerKeys keys, Database database, StockMirror stock,
                     BatchWriter writer) {
        this.settings = FrontDoorSettings.fromSystemProperties();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "yeyak-front-timer");
            t.setDaemon(true);
            return t;
        });
        this.callbacks = Executors.newVirtualThreadPerTaskExecutor();
        javax.sql.DataSource ds = database.dataSource();
        this.providers = new ProviderRegistry(
                SimulatedProvider.korean2021(timer, settings.providerTimeScale(), settings.verificationTimeout()),
                ds, settings.providerStatsWindow(), settings.circuitOpenFor(), settings.providerTimeScale());
        this.personKeys = new PersonKeys(keys);
        this.sessionTokens = new SessionTokens(keys, clock);
        this.sessionGate = new SessionGate(sessionTokens);
        this.verifications = new VerificationService(providers, ds, writer, keys, personKeys, sessionTokens, clock, settings,
                callbacks);
        routes.add(new IdentityRoutes(providers, verifications, config.demo()));
        routes.add(new SessionRoutes(sessionGate));

        this.bookingStage = new WindowStats(Duration.ofSeconds(5));
        this.admissionTokens = new AdmissionTokens(keys, clock);
        this.bookings = new BookingLookup(ds);
        CampaignDirectory campaigns = new CampaignDirectory(new CampaignStore(ds, clock));
        this.room = new WaitingRoom(ds, writer, campaigns, bookings, new TicketIds(keys), admissionTokens, clock,
                settings);
        this.gate = new FrontDoorGate(sessionGate, admissionTokens, campaigns, ds, clock);
        this.controller = new AdmissionController(ds, clock, settings, bookingStage, room);
        routes.add(new QueueRoutes(sessionGate, room));

        this.figures = new LiveFigures(ds, clock, providers, room, controller, bookingStage, stock);
        this.metrics = new MetricsRoutes(figures, new PrometheusMetrics(figures::latestOrNull, providers.ids()),
                bookingStage);
        routes.add(metrics);
        timer.scheduleAtFixedRate(() -> callbacks.execute(guard("live figures", metrics::broadcast)),
                0, 1, TimeUnit.SECONDS);
        long tick = Math.max(10, settings.controllerTick().toMillis());
        timer.scheduleWithFixedDelay(() -> callbacks.execute(guard("admission", controller::tick)),
                tick, tick, TimeUnit.MILLISECONDS);

        timer.scheduleAtFixedRate(guard("lights", providers::refreshLights), 250, 250, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> callbacks.execute(guard("provider reload", providers::reload)),
                1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> callbacks.execute(guard("purge", verifications::purgeOld)),
                1, 10, TimeUnit.MINUTES);
    }

    public List<Routes> routes() {
        return routes;
    }

    public FrontDoorSettings settings() {
        return settings;
    }

    /** The identity providers: the staff API enables/disables them and reads their figures here. */
    public ProviderRegistry providers() {
        return providers;
    }

    public PersonKeys personKeys() {
        return personKeys;
    }

    public SessionGate sessionGate() {
        return sessionGate;
    }

    public SessionTokens sessionTokens() {
        return sessionTokens;
    }

    /** The gate the booking routes ask: session, then admission token. */
    public CitizenGate citizenGate() {
        return gate;
    }

    /** The live figures (providers, queue, bookings, regions) as the API shows them. */
    public LiveFigures liveFigures() {
        return figures;
    }

    public WaitingRoom waitingRoom() {
        return room;
    }

    public AdmissionController admissionController() {
        return controller;
    }

    /** Latency and failures of the booking step, which the admission controller keeps healthy. */
    public WindowStats bookingStage() {
        return bookingStage;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        callbacks.shutdown();
        try {
            callbacks.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Runnable guard(String what, Runnable r) {
        return () -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.warn("Front door {} failed: {}", what, e.toString());
            }
        };
    }
}
