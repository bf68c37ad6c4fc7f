package org.yeyak.surge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The surge simulator and benchmark runner on the command line. See {@link CliOptions#USAGE}.
 * Prints a progress line a second to stderr, then the report (text, and JSON if asked).
 */
public final class SurgeMain {
    private SurgeMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliOptions options;
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
                out.print(CliOptions.USAGE);
                return;
            }
            options = CliOptions.parse(args);
            Target.check(options.config().url(), options.config().allowRemote());
        } catch (IllegalArgumentException e) {
            err.println("surge: " + e.getMessage());
            err.print(CliOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            int code = run(options, out, err);
            System.exit(code);
        } catch (Exception e) {
            err.println("surge: " + e.getMessage());
            System.exit(1);
        }
    }

    private static int run(CliOptions o, PrintStream out, PrintStream err) throws Exception {
        SurgeConfig config = o.config();
        if (o.providerSettings() != null) {
            SetupCalls setup = new SetupCalls(SurgeRun.client(), Target.check(config.url(), config.allowRemote()));
            for (String id : Identity.POPULARITY.keySet()) {
                setup.tuneProvider(id, o.providerSettings());
            }
            err.println("providers set to " + o.providerSettings());
        }
        Baseline.Result baseline = null;
        if (o.baselineSeconds() > 0) {
            err.printf(Locale.ROOT, "baseline: GET /health, %d connections, %d s ...%n", o.connections(),
                    o.baselineSeconds());
            baseline = Baseline.measure(config.url(), config.allowRemote(), Duration.ofSeconds(o.baselineSeconds()),
                    o.connections());
            err.printf(Locale.ROOT, "baseline: %.0f req/s (p50 %.2f ms, p99 %.2f ms, %d failures)%n",
                    baseline.requestsPerSecond(), baseline.latency().p50Ms(), baseline.latency().p99Ms(),
                    baseline.failures());
        }
        SurgeReport report;
        try (SurgeRun run = SurgeRun.create(config)) {
            if (!o.quiet()) {
                run.onProgress(p -> err.println(p.line()));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "surge-stop"));
            report = run.start().awaitReport();
        }
        out.print(report.toText());
        Map<String, Object> bench = baseline == null ? null : benchSummary(baseline, report);
        if (bench != null) {
            out.printf(Locale.ROOT, "Benchmark: baseline %.0f req/s; full flow %.1f/s sustained; a full flow costs "
                            + "%.1f baseline requests (ratio %.4f); 1.9M people at once wait at most %s%n",
                    baseline.requestsPerSecond(), report.sustainedFlowsPerSecond(), bench.get("flowCostInBaselineRequests"),
                    bench.get("ratioToBaseline"), bench.get("maxWait1_9M"));
        }
        if (o.jsonPath() != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("report", report);
            if (bench != null) {
                json.put("benchmark", bench);
            }
            String text = org.yeyak.client.Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    bench == null ? report : json);
            if (o.jsonPath().equals("-")) {
                out.println(text);
            } else {
                write(Path.of(o.jsonPath()), text);
            }
        }
        return report.invariants().hold() && report.violations().isEmpty() ? 0 : 3;
    }

    static Map<String, Object> benchSummary(Baseline.Result baseline, SurgeReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        double flows = report.sustainedFlowsPerSecond();
        m.put("baselineRequestsPerSecond", baseline.requestsPerSecond());
        m.put("baselineLatency", baseline.latency());
        m.put("flowsPerSecond", flows);
        m.put("ratioToBaseline", flows <= 0 ? 0 : Math.round(flows / baseline.requestsPerSecond() * 10_000) / 10_000.0);
        m.put("flowCostInBaselineRequests", flows <= 0 ? null
                : Math.round(baseline.requestsPerSecond() / flows * 10) / 10.0);
        m.put("flowsPerHour", Math.round(flows * 3600));
        m.put("maxWait1_9M", flows <= 0 ? null
                : ReportMath.maxWaitAllAtOnce(ReportMath.PEOPLE_ON_BUSIEST_DAY_2021, flows).toString());
        return m;
    }

    private static void write(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
