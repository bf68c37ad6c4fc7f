package org.yeyak.server.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.rules.Light;
import org.yeyak.rules.LightThresholds;
import org.yeyak.rules.ProviderLight;
import org.yeyak.rules.ProviderSample;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.metrics.WindowStats;
import org.yeyak.server.store.StoreException;
import org.yeyak.server.store.Tx;

/**
 * The identity providers of this node, each wrapped with what citizens and officials see
 * of it: the official's on/off switch and settings (kept in the store, so every node and
 * every restart agrees), a circuit breaker, live figures and a traffic light.
 *
 * <p>This is the API the staff helper calls to enable or disable a provider:
 * {@link #list()}, {@link #view(String)}, {@link #setEnabled(String, boolean)} and
 * {@link #configure(String, ProviderSettings.Patch)}.
 */
public final class ProviderRegistry {
    private static final Logger log = LoggerFactory.getLogger(ProviderRegistry.class);

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final DataSource ds;
    private final Clock realTime;
    private final double timeScale;

    /** What the API shows of one provider. */
    public record ProviderView(String id, String name, boolean enabled, Light light, int inFlight,
                               long p50LatencyMs, long p95LatencyMs, long p99LatencyMs,
                               double throughputPerSecond, double errorRate, String circuit,
                               long serviceTimeMs, int capacity, double failureRate) {
    }

    private static final class Entry {
        final ProviderAdapter adapter;
        final WindowStats stats;
        final CircuitBreaker breaker;
        final ProviderLight light;
        volatile boolean enabled;

        Entry(ProviderAdapter adapter, Duration statsWindow, Duration circuitOpenFor) {
            this.adapter = adapter;
            this.stats = new WindowStats(statsWindow);
            this.breaker = new CircuitBreaker(circuitOpenFor);
            this.light = new ProviderLight(LightThresholds.defaults());
            this.enabled = adapter.settings().enabled();
        }
    }

    /**
     * @param timeScale the factor simulated service times are run at (1 in production), so that
     *                  lights compare measured latency with the latency the provider is set to
     */
    public ProviderRegistry(List<? extends ProviderAdapter> adapters, DataSource ds, Duration statsWindow,
                            Duration circuitOpenFor, double timeScale) {
        this.ds = ds;
        this.realTime = Clock.systemUTC();
        this.timeScale = timeScale;
        for (ProviderAdapter a : adapters) {
            entries.put(a.id(), new Entry(a, statsWindow, circuitOpenFor));
        }
        seedAndLoad();
    }

    public List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    public boolean exists(String id) {
        return entries.containsKey(id);
    }

    public List<ProviderView> list() {
        List<ProviderView> out = new ArrayList<>();
        for (String id : entries.keySet()) {
            out.add(view(id));
        }
        return out;
    }

    /** The provider's figures and light now; {@code 404 NOT_FOUND} for an unknown id. */
    public ProviderView view(String id) {
        Entry e = entry(id);
        WindowStats.Snapshot s = e.stats.snapshot();
        ProviderSettings set = e.adapter.settings();
        Light light = e.light.current();
        return new ProviderView(id, e.adapter.displayName(), e.enabled, light, s.inFlight(),
                s.p50Ms(), s.p95Ms(), s.p99Ms(), s.throughputPerSecond(), s.errorRate(),
                e.breaker.state(realTime.millis()).name(), set.serviceTimeMs(), set.capacity(), set.failureRate());
    }

    public Optional<WindowStats.Snapshot> stats(String id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.stats.snapshot());
    }

    /** An official's switch: a disabled provider is GRAY and takes no new verification. Persisted. */
    public ProviderView setEnabled(String id, boolean enabled) {
        return configure(id, new ProviderSettings.Patch(null, null, null, enabled));
    }

    /**
     * Changes a provider's settings (null fields keep theirs) on every node, via the store.
     * An unknown id is {@code 404 NOT_FOUND}; a value out of range {@code 400 INVALID_INPUT} naming it.
     */
    public ProviderView configure(String id, ProviderSettings.Patch patch) {
        Entry e = entry(id);
        IdentityRoutes.check(patch);
        ProviderSettings next = patch.applyTo(e.adapter.settings());
        Tx.run(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE front_provider SET enabled = ?, service_time_ms = ?,"
                    + " capacity = ?, failure_rate = ?, updated_ms = ? WHERE provider_id = ?")) {
                ps.setBoolean(1, next.enabled());
                ps.setLong(2, next.serviceTimeMs());
                ps.setInt(3, next.capacity());
                ps.setDouble(4, next.failureRate());
                ps.setLong(5, realTime.millis());
                ps.setString(6, id);
                ps.executeUpdate();
            }
            return null;
        });
        applyLocally(e, next);
        refreshLight(e, e.stats.snapshot());
        log.info("Provider {} now {} (service {} ms, capacity {}, failure rate {})", id,
                next.enabled() ? "enabled" : "disabled", next.serviceTimeMs(), next.capacity(), next.failureRate());
        return view(id);
    }

    /** True when citizens may pick this provider now (enabled, circuit not open, light not GRAY). */
    public boolean selectable(String id) {
        return view(id).light() != Light.GRAY;
    }

    /**
     * Sends a verification to the provider, counting it in the figures and the breaker.
     * Refused (empty) when the provider is not selectable or the breaker holds it back.
     */
    public Optional<CompletableFuture<ProviderOutcome>> verify(String id, IdentityClaim claim) {
        Entry e = entry(id);
        long start = realTime.millis();
        if (!e.enabled || !e.breaker.allows(start)) {
            return Optional.empty();
        }
        e.stats.started();
        CompletableFuture<ProviderOutcome> call;
        try {
            call = e.adapter.verify(claim);
        } catch (RuntimeException ex) {
            call = CompletableFuture.failedFuture(ex);
        }
        return Optional.of(call.handle((outcome, failure) -> {
            ProviderOutcome o = failure != null || outcome == null
                    ? ProviderOutcome.failed(ProviderOutcome.PROVIDER_ERROR) : outcome;
            boolean providerFault = !o.verified() && !ProviderOutcome.IDENTITY_MISMATCH.equals(o.failureCode());
            long now = realTime.millis();
            e.stats.finished(now - start, providerFault);
            e.breaker.record(providerFault, now);
            return o;
        }));
    }

    /** Re-reads every provider's switch and settings from the store (changes made on other nodes). */
    public void reload() {
        Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT provider_id, enabled, service_time_ms, capacity, failure_rate FROM front_provider");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Entry e = entries.get(rs.getString(1));
                    if (e != null) {
                        applyLocally(e, new ProviderSettings(rs.getLong(3), rs.getInt(4), rs.getDouble(5), rs.getBoolean(2)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Feeds every light a fresh sample. Called on a fixed schedule (not per viewer), since the
     * light's hysteresis counts samples: a better colour needs several calm samples in a row.
     */
    public void refreshLights() {
        for (Entry e : entries.values()) {
            refreshLight(e, e.stats.snapshot());
        }
    }

    private Light refreshLight(Entry e, WindowStats.Snapshot s) {
        ProviderSettings set = e.adapter.settings();
        boolean usable = e.enabled && e.breaker.state(realTime.millis()) != CircuitBreaker.State.OPEN;
        long nominal = Math.max(1, Math.round(set.serviceTimeMs() * timeScale));
        return e.light.update(new ProviderSample(s.inFlight(), set.capacity(), s.p95Ms(), nominal, s.errorRate(), usable));
    }

    private void applyLocally(Entry e, ProviderSettings s) {
        boolean changed = e.enabled != s.enabled();
        e.adapter.apply(s);
        e.enabled = s.enabled();
        if (changed) {
            // An official's switch shows at once (GRAY, or the provider's own colour again).
            refreshLight(e, e.stats.snapshot());
        }
    }

    private Entry entry(String id) {
        Entry e = entries.get(id);
        if (e == null) {
            throw ApiError.notFound("No provider '" + id + "'.");
        }
        return e;
    }

    private void seedAndLoad() {
        for (Entry e : entries.values()) {
            ProviderSettings s = e.adapter.settings();
            try {
                Tx.run(ds, c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_provider (provider_id, enabled,"
                            + " service_time_ms, capacity, failure_rate, updated_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, e.adapter.id());
                        ps.setBoolean(2, s.enabled());
                        ps.setLong(3, s.serviceTimeMs());
                        ps.setInt(4, s.capacity());
                        ps.setDouble(5, s.failureRate());
                        ps.setLong(6, realTime.millis());
                        ps.executeUpdate();
                    }
                    return null;
                });
            } catch (StoreException ex) {
                if (!(ex.getCause() instanceof SQLException sql) || !Tx.isUniqueViolation(sql)) {
                    throw ex;
                }
                // Another node (or an earlier run) seeded it: the stored settings win.
            }
        }
        reload();
    }
}
