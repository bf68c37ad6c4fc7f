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
import org.yeyak.client.Json;

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
            Nodes.parse(options.config().url(), options.config().allowRemote());
        } catch (IllegalArgumentException e) {
            err.println("surge: " + e.getMessage());
            err.print(CliOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options, out, err));
        } catch (Exception e) {
            err.println("surge: " + e.getMessage());
            System.exit(1);
        }
    }

    private static int run(CliOptions o, PrintStream out, PrintStream err) throws Exception {
        SurgeConfig config = o.config();
        if (o.providerSettings() != null) {
            SetupCalls setup = new SetupCalls(SurgeRun.client(), Nodes.parse(config.url(), config.allowRemote()));
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
        SurgeReport report = runOnce(config, o.quiet(), err);
        out.print(report.toText());
        SurgeReport burst = null;
        if (o.bookingBurst() > 0) {
            SurgeConfig burstConfig = config.toBuilder().citizens(o.bookingBurst()).curve(ArrivalCurve.AT_ONCE)
                    .duration(Duration.ZERO).preOpen(Duration.ZERO).misbehave(0).demoClock(false)
                    .seed(config.seed() + 7_919).holdBeforeBooking(true).maxTime(Duration.ofMinutes(5)).build();
            err.println("booking step alone: " + o.bookingBurst() + " citizens admitted, then all book at once ...");
            burst = runOnce(burstConfig, o.quiet(), err);
            out.println();
            out.print(burst.toText());
        }
        Map<String, Object> bench = baseline == null ? null : benchSummary(baseline, report, burst);
        if (bench != null) {
            out.println();
            out.println("Benchmark: " + bench);
        }
        if (o.jsonPath() != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("report", report);
            if (burst != null) {
                json.put("bookingBurst", burst);
            }
            if (bench != null) {
                json.put("benchmark", bench);
            }
            String text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
            if (o.jsonPath().equals("-")) {
                out.println(text);
            } else {
                write(Path.of(o.jsonPath()), text);
            }
        }
        boolean clean = clean(report) && (burst == null || clean(burst));
        return clean ? 0 : 3;
    }

    private static boolean clean(SurgeReport r) {
        return r.invariants().hold() && r.violations().isEmpty()
                && (r.regionLedger() == null || r.regionLedger().overAllocated() == 0);
    }

    private static SurgeReport runOnce(SurgeConfig config, boolean quiet, PrintStream err) throws Exception {
        try (SurgeRun run = SurgeRun.create(config)) {
            if (!quiet) {
                run.onProgress(p -> err.println(p.line()));
            }
            Thread hook = new Thread(run::stop, "surge-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return run.start().awaitReport();
            } finally {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /** The benchmark's figures: a flow in baseline requests, the booking burst as a share of the baseline. */
    static Map<String, Object> benchSummary(Baseline.Result baseline, SurgeReport report, SurgeReport burst) {
        Map<String, Object> m = new LinkedHashMap<>();
        double flows = report.sustainedFlowsPerSecond();
        double base = baseline.requestsPerSecond();
        m.put("baselineRequestsPerSecond", base);
        m.put("flowsPerSecond", flows);
        m.put("ratioToBaseline", flows <= 0 ? 0 : Math.round(flows / base * 10_000) / 10_000.0);
        m.put("flowCostInBaselineRequests", flows <= 0 ? null : Math.round(base / flows * 10) / 10.0);
        m.put("flowsPerHour", Math.round(flows * 3600));
        // A crowd that arrives at once verifies first, all of it, and books later: the middle 80 % of
        // completions leaves that phase out, so the last person's wait comes from the whole run's rate.
        boolean atOnce = ArrivalCurve.AT_ONCE.label().equals(report.settings().curve());
        double serving = atOnce ? report.flowsPerSecond() : flows;
        m.put("maxWait1_9M", serving <= 0 ? null
                : ReportMath.maxWaitAllAtOnce(ReportMath.PEOPLE_ON_BUSIEST_DAY_2021, serving).toString());
        double baseUs = baseline.cpu() == null ? -1 : baseline.cpu().serverUsPerUnit();
        double flowUs = report.cpu() == null ? -1 : report.cpu().serverUsPerUnit();
        if (baseUs > 0 && flowUs > 0) {
            // The same comparison by CPU spent rather than by throughput: steadier on a shared machine.
            m.put("serverCpuUsPerBaselineRequest", Math.round(baseUs * 10) / 10.0);
            m.put("serverCpuMsPerFlow", Math.round(flowUs / 100) / 10.0);
            m.put("flowCostInServerCpu", Math.round(flowUs / baseUs * 10) / 10.0);
        }
        double baseSimUs = baseline.cpu() == null ? -1 : baseline.cpu().simulatorUsPerUnit();
        double flowSimUs = report.cpu() == null ? -1 : report.cpu().simulatorUsPerUnit();
        if (baseSimUs > 0 && flowSimUs > 0) {
            m.put("simulatorCpuMsPerFlow", Math.round(flowSimUs / 100) / 10.0);
            m.put("flowCostInSimulatorCpu", Math.round(flowSimUs / baseSimUs * 10) / 10.0);
        }
        if (burst != null && burst.bookingBurst() != null) {
            double bookings = burst.bookingBurst().bookingsPerSecond();
            m.put("bookingsPerSecondAlone", bookings);
            m.put("bookingShareOfBaseline", Math.round(bookings / base * 1000) / 1000.0);
        }
        return m;
    }

    private static void write(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
