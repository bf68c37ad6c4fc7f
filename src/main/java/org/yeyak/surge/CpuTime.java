package org.yeyak.surge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * CPU time used, read around a phase of a benchmark: the servers' (the JVM's
 * {@code process_cpu_time_ns_total} on each node's {@code GET /metrics}, summed) and this
 * simulator's own. Throughput on a shared 2-core machine moves with everything else running; CPU
 * spent per unit of work moves far less, so it is the steadier way to compare a flow with a
 * baseline request, and the server's cost with the load generator's.
 */
final class CpuTime {
    private static final String METRIC = "process_cpu_time_ns_total ";

    private CpuTime() {
    }

    /** A reading of both; {@code server} is -1 when a node does not publish its CPU time. */
    record Reading(long server, long simulator) {
        static Reading take(OkHttpClient http, List<HttpUrl> nodes) {
            return new Reading(serverNanos(http, nodes), simulatorNanos());
        }

        /** CPU used from {@code before} to this reading (server -1 when either is unknown). */
        Reading since(Reading before) {
            return new Reading(server < 0 || before.server < 0 ? -1 : server - before.server,
                    simulator < 0 || before.simulator < 0 ? -1 : simulator - before.simulator);
        }
    }

    /** The servers' CPU time in nanoseconds, summed over the nodes; -1 if any node does not say. */
    static long serverNanos(OkHttpClient http, List<HttpUrl> nodes) {
        long sum = 0;
        for (HttpUrl node : nodes) {
            long n = nodeNanos(http, node);
            if (n < 0) {
                return -1;
            }
            sum += n;
        }
        return sum;
    }

    private static long nodeNanos(OkHttpClient http, HttpUrl node) {
        try (Response r = http.newCall(new Request.Builder().url(node.newBuilder("metrics").build()).build()).execute()) {
            if (!r.isSuccessful()) {
                return -1;
            }
            return parse(r.body().string());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The value of {@code process_cpu_time_ns_total} in a Prometheus text exposition, or -1. */
    static long parse(String exposition) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(METRIC)) {
                try {
                    return (long) Double.parseDouble(line.substring(METRIC.length()).strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** This process's CPU time in nanoseconds, or -1 where the JVM does not tell. */
    static long simulatorNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
