package org.yeyak.server.identity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated identity provider: a service with {@code capacity} parallel servers, each
 * taking about {@code serviceTimeMs} per verification. Its answer time is a queueing
 * model, not a fixed sleep: below capacity the service time is inflated as the servers
 * fill (contention), and past capacity a request also waits for the requests ahead of
 * it to drain at the saturated throughput. A share {@code failureRate} of answers are
 * failures, and an answer slower than the timeout is {@code PROVIDER_TIMEOUT}.
 * No thread waits: completions are scheduled on a timer.
 */
public final class SimulatedProvider implements ProviderAdapter {
    /** Service time at full load relative to an idle provider. */
    static final double SATURATED_FACTOR = 3.0;

    private final String id;
    private final String displayName;
    private final ScheduledExecutorService timer;
    private final double timeScale;
    private final long timeoutMs;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile ProviderSettings settings;

    public SimulatedProvider(String id, String displayName, ProviderSettings settings,
                             ScheduledExecutorService timer, double timeScale, Duration timeout) {
        this.id = id;
        this.displayName = displayName;
        this.settings = settings;
        this.timer = timer;
        this.timeScale = timeScale;
        this.timeoutMs = timeout.toMillis();
    }

    /** The six providers of 2021, with defaults in their 2021 proportions: mobile is the slowest and smallest. */
    public static List<SimulatedProvider> korean2021(ScheduledExecutorService timer, double timeScale, Duration timeout) {
        return List.of(
                new SimulatedProvider("kakao", "Kakao", new ProviderSettings(600, 400, 0.005, true), timer, timeScale, timeout),
                new SimulatedProvider("naver", "Naver", new ProviderSettings(700, 300, 0.005, true), timer, timeScale, timeout),
                new SimulatedProvider("pass", "PASS", new ProviderSettings(800, 300, 0.01, true), timer, timeScale, timeout),
                new SimulatedProvider("mobile", "Mobile phone", new ProviderSettings(2500, 60, 0.02, true), timer, timeScale, timeout),
                new SimulatedProvider("ipin", "i-PIN", new ProviderSettings(1500, 100, 0.01, true), timer, timeScale, timeout),
                new SimulatedProvider("certificate", "Joint certificate", new ProviderSettings(1200, 150, 0.01, true), timer, timeScale, timeout));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public ProviderSettings settings() {
        return settings;
    }

    @Override
    public void apply(ProviderSettings newSettings) {
        this.settings = newSettings;
    }

    @Override
    public CompletableFuture<ProviderOutcome> verify(IdentityClaim claim) {
        ProviderSettings s = settings;
        int n = inFlight.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double jitter = 0.9 + 0.2 * random.nextDouble();
        long delay = Math.round(delayMs(n, s.capacity(), s.serviceTimeMs() * timeScale) * jitter);
        ProviderOutcome outcome = random.nextDouble() < s.failureRate()
                ? ProviderOutcome.failed(ProviderOutcome.PROVIDER_ERROR) : ProviderOutcome.ok();
        if (delay > timeoutMs) {
            delay = timeoutMs;
            outcome = ProviderOutcome.failed(ProviderOutcome.PROVIDER_TIMEOUT);
        }
        CompletableFuture<ProviderOutcome> answer = new CompletableFuture<>();
        ProviderOutcome result = outcome;
        timer.schedule(() -> {
            inFlight.decrementAndGet();
            answer.complete(result);
        }, delay, TimeUnit.MILLISECONDS);
        return answer;
    }

    /** Requests currently inside this provider (being served or waiting). */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Expected answer time of a request that finds {@code n} requests (itself included) in a
     * provider of {@code capacity} servers with idle service time {@code serviceMs}.
     * Below capacity: {@code s·(1 + (F−1)·ρ⁴)}, nearly flat until the servers are busy;
     * past capacity: the saturated time plus the wait for the {@code n − c} requests ahead
     * to drain at {@code c / (F·s)} per millisecond.
     */
    static double delayMs(int n, int capacity, double serviceMs) {
        double rho = Math.min(1.0, (double) n / capacity);
        double served = serviceMs * (1 + (SATURATED_FACTOR - 1) * Math.pow(rho, 4));
        if (n <= capacity) {
            return served;
        }
        return served + (double) (n - capacity) * SATURATED_FACTOR * serviceMs / capacity;
    }
}
