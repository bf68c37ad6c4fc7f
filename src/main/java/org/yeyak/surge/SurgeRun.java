package org.yeyak.surge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One surge: virtual citizens arriving by the curve (open model — each arrival is started at
 * its time whatever the server's state, so overload shows as growing waits, not as a politely
 * slower load generator), each on its own virtual thread; then the invariants, then the report.
 * The console's rehearsal panel drives it with {@link #start()}, {@link #progress()} (or
 * {@link #onProgress}) and {@link #stop()}.
 */
public final class SurgeRun implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SurgeRun.class);
    private static final int INDEX_BITS = 21;
    private static final Duration GRACE_AFTER_STOP = Duration.ofSeconds(15);

    private final SurgeConfig config;
    private final List<HttpUrl> nodes;
    private final OkHttpClient http;
    private final ClientLanes lanes;
    private final CompletableFuture<SurgeReport> report = new CompletableFuture<>();
    private final Set<Thread> live = ConcurrentHashMap.newKeySet();
    private final CountDownLatch remaining;
    private final SetupCalls setup;
    private volatile Consumer<SurgeProgress> listener = p -> { };
    private volatile RunContext ctx;
    private volatile long startNanos;
    private volatile boolean done;
    private volatile boolean stopRequested;
    private Thread driver;

    private SurgeRun(SurgeConfig config) {
        this.config = config;
        this.nodes = Nodes.parse(config.url(), config.allowRemote());
        this.http = client();
        this.lanes = new ClientLanes(http);
        this.remaining = new CountDownLatch(config.citizens());
        this.setup = new SetupCalls(http, nodes);
    }

    /**
     * A run against the configured server (or servers: see {@link Nodes}); refuses a non-loopback
     * target unless allowed.
     */
    public static SurgeRun create(SurgeConfig config) {
        return new SurgeRun(config);
    }

    /** Called about once a second while running, and once more at the end (done = true). */
    public SurgeRun onProgress(Consumer<SurgeProgress> progressListener) {
        this.listener = progressListener;
        return this;
    }

    public synchronized SurgeRun start() {
        if (driver != null) {
            throw new IllegalStateException("already started");
        }
        driver = Thread.ofPlatform().name("surge-driver").daemon(true).start(this::drive);
        return this;
    }

    /** Ends the run early: no more arrivals, citizens still in flight are stopped; the report follows. */
    public void stop() {
        stopRequested = true;
        RunContext c = ctx;
        if (c != null) {
            c.stop();
        }
        live.forEach(Thread::interrupt);
    }

    public CompletableFuture<SurgeReport> report() {
        return report;
    }

    public SurgeReport awaitReport() throws InterruptedException, ExecutionException {
        return report.get();
    }

    public SurgeConfig config() {
        return config;
    }

    public SurgeProgress progress() {
        RunContext c = ctx;
        if (c == null) {
            return new SurgeProgress(0, config.citizens(), 0, 0, 0, 0, 0, Map.of(), done);
        }
        SurgeStats s = c.stats;
        return new SurgeProgress((System.nanoTime() - startNanos) / 1_000_000, config.citizens(), s.started(),
                s.finished(), s.count(Outcome.BOOKED), s.inQueueNow(), s.errorCount(), s.refusalsByCode(), done);
    }

    @Override
    public void close() {
        stop();
        lanes.close();
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
    }

    private void drive() {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "surge-progress");
            t.setDaemon(true);
            return t;
        });
        SurgeReport result = null;
        Throwable failure = null;
        try {
            result = execute(ticker);
        } catch (Throwable e) {
            log.warn("surge run failed: {}", e.toString());
            failure = e;
        }
        // The last progress (done) reaches the listener before anyone waiting on the report wakes.
        done = true;
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener.accept(progress());
        if (failure == null) {
            report.complete(result);
        } else {
            report.completeExceptionally(failure);
        }
    }

    private SurgeReport execute(ScheduledExecutorService ticker) throws InterruptedException {
        List<String> notes = new ArrayList<>();
        setup.requireHealthy();
        if (config.demoClock()) {
            setup.moveDemoClock(config.opensAt().minus(config.preOpen()));
        }
        Population people = new Population(config);
        AfterRunChecks checks = new AfterRunChecks(config, http, lanes, nodes, people);
        checks.readBefore();

        long[] schedule = schedule(people);
        startNanos = System.nanoTime();
        SurgeStats stats = new SurgeStats(startNanos);
        ctx = new RunContext(CitizenApi.forNodes(lanes, nodes, stats), stats, config);
        if (stopRequested) {
            ctx.stop();
        }
        ticker.scheduleAtFixedRate(() -> listener.accept(progress()), 1, 1, TimeUnit.SECONDS);

        CpuTime.Reading cpu0 = CpuTime.Reading.take(http, nodes);
        int dispatched = dispatch(schedule, people);
        for (int i = dispatched; i < config.citizens(); i++) {
            remaining.countDown();
        }
        long deadline = startNanos + config.maxTime().toNanos();
        long releaseMs = config.holdBeforeBooking() ? releaseBookings(stats, dispatched, deadline) : -1;
        if (!remaining.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            notes.add("time limit of " + config.maxTime().toSeconds() + " s reached: unfinished citizens stopped");
            stop();
        }
        if (!remaining.await(GRACE_AFTER_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
            notes.add(live.size() + " citizens did not end within " + GRACE_AFTER_STOP.toSeconds() + " s of the stop");
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        CpuTime.Reading cpuUsed = CpuTime.Reading.take(http, nodes).since(cpu0);
        if (nodes.size() > 1) {
            notes.add(spread(ctx.visits));
        }

        SurgeReport.Invariants invariants = checks.invariants(ctx.visits);
        SurgeReport.RegionLedger ledger = checks.regionLedger(ctx.visits);
        return build(stats, elapsed, dispatched, invariants, ledger, notes, releaseMs, cpuUsed);
    }

    /** "2 nodes: 1,000 booked on http://…:A (1,000 verified), …": how the sticky spread came out. */
    private String spread(java.util.Collection<RunContext.Visit> visits) {
        long[] verified = new long[nodes.size()];
        long[] booked = new long[nodes.size()];
        for (RunContext.Visit v : visits) {
            verified[v.node()]++;
            if (v.booking() != null) {
                booked[v.node()]++;
            }
        }
        StringBuilder b = new StringBuilder().append(nodes.size()).append(" nodes:");
        for (int i = 0; i < nodes.size(); i++) {
            b.append(i == 0 ? " " : ", ").append(String.format(java.util.Locale.ROOT, "%,d booked on %s (%,d verified)",
                    booked[i], nodes.get(i), verified[i]));
        }
        return b.toString();
    }

    /**
     * Hold mode: waits until every citizen who arrived is either done or holding at the booking
     * step, then lets them all book at once. Returns when that was (ms since the start).
     */
    private long releaseBookings(SurgeStats stats, int dispatched, long deadline) throws InterruptedException {
        long latest = deadline - (deadline - System.nanoTime()) / 4;
        while (System.nanoTime() < latest && !stopRequested
                && stats.finished() + ctx.holding.get() < dispatched) {
            Thread.sleep(20);
        }
        long releaseMs = (System.nanoTime() - startNanos) / 1_000_000;
        ctx.bookingGate.countDown();
        return releaseMs;
    }

    /** Starts each citizen at its time; returns how many were started before a stop. */
    private int dispatch(long[] schedule, Population people) {
        int started = 0;
        for (long key : schedule) {
            if (stopRequested) {
                break;
            }
            long dueNanos = startNanos + (key >>> INDEX_BITS) * 1_000;
            long wait;
            while ((wait = dueNanos - System.nanoTime()) > 0 && !stopRequested) {
                LockSupport.parkNanos(Math.min(wait, 50_000_000));
            }
            if (stopRequested) {
                break;
            }
            int index = (int) (key & ((1L << INDEX_BITS) - 1));
            VirtualCitizen citizen = new VirtualCitizen(ctx, index, people.resident(index), people.behavior(index),
                    config.seed() * 31 + index);
            Thread t = Thread.ofVirtual().name("citizen-" + index).unstarted(() -> {
                try {
                    citizen.visit();
                } finally {
                    live.remove(Thread.currentThread());
                    remaining.countDown();
                }
            });
            live.add(t);
            t.start();
            started++;
        }
        return started;
    }

    /**
     * Arrival keys, sorted: microseconds since the start in the high bits, the citizen's index
     * in the low {@value #INDEX_BITS}. Early citizens come during the pre-open lead (or at the
     * very start when there is none); everyone else by the curve, from the opening.
     */
    private long[] schedule(Population people) {
        SplittableRandom r = new SplittableRandom(config.seed() ^ 0x5EED);
        long[] offsets = config.curve().offsets(config.citizens(), config.duration(), r);
        long preOpenMicros = config.preOpen().toNanos() / 1_000;
        long[] keys = new long[config.citizens()];
        for (int i = 0; i < keys.length; i++) {
            long micros = people.behavior(i) == Misbehavior.EARLY
                    ? (preOpenMicros == 0 ? 0 : r.nextLong(preOpenMicros))
                    : preOpenMicros + offsets[i] / 1_000;
            keys[i] = (micros << INDEX_BITS) | i;
        }
        Arrays.sort(keys);
        return keys;
    }

    private SurgeReport build(SurgeStats stats, double elapsed, int dispatched, SurgeReport.Invariants invariants,
                              SurgeReport.RegionLedger ledger, List<String> notes, long releaseMs,
                              CpuTime.Reading cpuUsed) {
        Map<String, Long> outcomes = new java.util.LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.name(), stats.count(o));
        }
        long booked = stats.count(Outcome.BOOKED);
        var completions = stats.completions();
        double activeMs = completions.getTotalCount() == 0 ? 0
                : completions.getMaxValue() - config.preOpen().toMillis();
        double overall = ReportMath.perSecond(booked, Math.max(1, activeMs));
        double sustained = ReportMath.sustained(completions, overall);
        List<SurgeReport.StepLatency> steps = new ArrayList<>();
        Map<Step, SurgeReport.StepLatency> byStep = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            SurgeReport.StepLatency l = ReportMath.stepLatency(s, stats.latency(s));
            steps.add(l);
            byStep.put(s, l);
        }
        SurgeReport.StepLatency wait = byStep.get(Step.QUEUE_WAIT);
        if (stats.count(Outcome.ERROR) > 0 || stats.errorCount() > 0) {
            notes.add("errors happened: see errorsByKind (5xx and transport failures are server or capacity problems)");
        }
        SurgeReport.BookingBurst burst = null;
        if (releaseMs >= 0) {
            double span = completions.getTotalCount() == 0 ? 0 : completions.getMaxValue() - releaseMs;
            burst = new SurgeReport.BookingBurst(booked, releaseMs, round(ReportMath.perSecond(booked, Math.max(1, span))));
        }
        return new SurgeReport(SurgeReport.Settings.of(config), Math.round(elapsed * 100) / 100.0, stats.started(),
                config.citizens() - dispatched, outcomes, stats.outcomesByBehavior(), round(overall), round(sustained),
                steps, wait.p95Ms(), wait.maxMs(), stats.refusalsByCode(), stats.errorCount(), stats.errorsByKind(),
                stats.violations(), invariants, ledger, burst,
                SurgeReport.CpuUse.of(cpuUsed, stats.count(Outcome.BOOKED)), notes);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static OkHttpClient client() {
        return new OkHttpClient.Builder()
                // Thousands of citizens poll at once: keep their connections for reuse.
                .connectionPool(new ConnectionPool(4_096, 1, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(90))
                .build();
    }
}
