package org.yeyak.surge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The yardstick: the same HTTP client and threads hammering the server's most trivial
 * endpoint ({@code GET /health}), closed-loop with a fixed number of connections (as
 * {@code wrk -c64} does), after a short warm-up. A full flow's cost is then expressed in
 * these requests, which cancels out much of the machine's speed. With several nodes (see
 * {@link Nodes}) connection {@code i} hammers node {@code i mod n}, and the rate is their sum.
 */
public final class Baseline {
    /**
     * @param requestsPerSecond completed requests per second after warm-up
     * @param latency           per-request latency (ms)
     */
    /** {@code cpu}: CPU used by the servers and the simulator during the measured part. */
    public record Result(double requestsPerSecond, long requests, long failures, SurgeReport.StepLatency latency,
                         SurgeReport.CpuUse cpu) {
    }

    private Baseline() {
    }

    public static Result measure(String url, boolean allowRemote, Duration duration, int connections)
            throws InterruptedException {
        List<HttpUrl> nodes = Nodes.parse(url, allowRemote);
        OkHttpClient http = SurgeRun.client();
        ClientLanes lanes = new ClientLanes(http);
        try {
            Duration warmUp = duration.dividedBy(5).compareTo(Duration.ofSeconds(3)) > 0
                    ? Duration.ofSeconds(3) : duration.dividedBy(5);
            run(lanes, nodes, warmUp, connections, new SurgeStats(System.nanoTime()));
            SurgeStats stats = new SurgeStats(System.nanoTime());
            CpuTime.Reading cpu0 = CpuTime.Reading.take(http, nodes);
            long t0 = System.nanoTime();
            long[] counts = run(lanes, nodes, duration, connections, stats);
            double seconds = (System.nanoTime() - t0) / 1e9;
            CpuTime.Reading used = CpuTime.Reading.take(http, nodes).since(cpu0);
            return new Result(Math.round(counts[0] / seconds * 10) / 10.0, counts[0], counts[1],
                    ReportMath.stepLatency(Step.HEALTH, stats.latency(Step.HEALTH)),
                    SurgeReport.CpuUse.of(used, counts[0]));
        } finally {
            lanes.close();
            http.connectionPool().evictAll();
            http.dispatcher().executorService().shutdown();
        }
    }

    private static long[] run(ClientLanes lanes, List<HttpUrl> nodes, Duration duration, int connections,
                              SurgeStats stats) throws InterruptedException {
        List<CitizenApi> apis = CitizenApi.forNodes(lanes, nodes, stats);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            CitizenApi api = apis.get(Nodes.of(i, apis.size()));
            workers.add(Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Reply<Map<?, ?>> r = api.get(Step.HEALTH, "/health", Map.of(), null, null,
                                CitizenApi.type(Map.class));
                        (r.ok() ? ok : failed).incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : workers) {
            t.join();
        }
        return new long[] {ok.get(), failed.get()};
    }
}
