package org.yeyak.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the live figures as Prometheus gauges (Micrometer), read from the latest
 * snapshot so that a scrape costs no store query, plus the JVM's own. Names follow Prometheus
 * conventions: {@code yeyak_provider_latency_p95_seconds{provider="kakao"}},
 * {@code yeyak_queue_length{campaign="demo-18-49"}}, {@code yeyak_bookings_standing}, ...
 */
public final class PrometheusMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Supplier<LiveSnapshot> latest;
    private final Set<String> campaigns = ConcurrentHashMap.newKeySet();
    private final Set<String> regions = ConcurrentHashMap.newKeySet();

    public PrometheusMetrics(Supplier<LiveSnapshot> latest, List<String> providerIds) {
        this.latest = latest;
        for (String id : providerIds) {
            provider(id, "yeyak.provider.in.flight", "verifications in progress", null, p -> p.inFlight());
            provider(id, "yeyak.provider.latency.p95", "95th percentile answer time", "seconds", p -> p.p95LatencyMs() / 1000.0);
            provider(id, "yeyak.provider.latency.p50", "median answer time", "seconds", p -> p.p50LatencyMs() / 1000.0);
            provider(id, "yeyak.provider.throughput", "answers per second", null, p -> p.throughputPerSecond());
            provider(id, "yeyak.provider.error.rate", "share of failed answers", null, p -> p.errorRate());
            provider(id, "yeyak.provider.light", "0 GREEN, 1 YELLOW, 2 RED, 3 GRAY", null,
                    p -> org.yeyak.rules.Light.valueOf(p.light()).ordinal());
        }
        gauge("yeyak.bookings.standing", "standing bookings in the store", null, s -> s.bookings().total());
        gauge("yeyak.bookings.per.second", "new standing bookings per second", null, s -> s.bookings().perSecond());
        gauge("yeyak.booking.latency.p95", "95th percentile booking request time (this node)", "seconds",
                s -> s.bookings().p95LatencyMs() / 1000.0);
        gauge("yeyak.booking.error.rate", "share of booking requests failing with 5xx (this node)", null,
                s -> s.bookings().errorRate());
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Registers gauges for campaigns and regions that appeared since the last call. */
    public void track(LiveSnapshot s) {
        for (LiveSnapshot.Queue q : s.queues()) {
            if (campaigns.add(q.campaignId())) {
                String id = q.campaignId();
                queue(id, "yeyak.queue.length", "people waiting for admission", null, x -> x.length());
                queue(id, "yeyak.queue.serving", "serving position", null, x -> x.servingPosition());
                queue(id, "yeyak.queue.last.issued", "last position issued", null, x -> x.lastIssued());
                queue(id, "yeyak.queue.admission.rate", "admissions per second (measured)", null, x -> x.admissionRatePerSecond());
                queue(id, "yeyak.queue.admitted.active", "admissions holding a place in the booking stage", null, x -> x.admittedActive());
                queue(id, "yeyak.queue.estimated.max.wait", "wait of the last in line", "seconds", x -> x.estimatedMaxWaitSeconds());
            }
        }
        for (LiveSnapshot.RegionFill r : s.regions()) {
            if (regions.add(r.code())) {
                String code = r.code();
                Gauge.builder("yeyak.region.fill", () -> value(snap -> snap.regions().stream()
                                .filter(x -> x.code().equals(code)).findFirst().map(LiveSnapshot.RegionFill::fill).orElse(0.0)))
                        .description("booked / allocated doses").tag("region", code).register(registry);
            }
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    private void provider(String id, String name, String help, String unit, Function<LiveSnapshot.Provider, Number> f) {
        Gauge.builder(name, () -> value(s -> s.providers().stream().filter(p -> p.id().equals(id)).findFirst()
                        .map(f).orElse(0)))
                .description(help).baseUnit(unit).tag("provider", id).register(registry);
    }

    private void queue(String campaign, String name, String help, String unit, Function<LiveSnapshot.Queue, Number> f) {
        Gauge.builder(name, () -> value(s -> s.queues().stream().filter(q -> q.campaignId().equals(campaign))
                        .findFirst().map(f).orElse(0)))
                .description(help).baseUnit(unit).tag("campaign", campaign).register(registry);
    }

    private void gauge(String name, String help, String unit, Function<LiveSnapshot, Number> f) {
        Gauge.builder(name, () -> value(f)).description(help).baseUnit(unit).register(registry);
    }

    private Number value(Function<LiveSnapshot, Number> f) {
        LiveSnapshot s = latest.get();
        return s == null ? 0 : f.apply(s);
    }
}
