package org.yeyak.surge;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The command line of {@link SurgeMain}. */
record CliOptions(SurgeConfig config, int baselineSeconds, int connections, int bookingBurst,
                  Map<String, Object> providerSettings, String jsonPath, boolean quiet) {

    static final String USAGE = """
            usage: SurgeMain --url URL [options]
              --url URL[,URL...]     the Yeyak server (loopback only unless --allow-remote); several
                                     comma-separated: nodes of one cluster, citizen i (and baseline
                                     connection i) bound to node i mod n like a sticky load balancer;
                                     demo clock and provider settings are sent to every node
              --citizens N           virtual citizens, each a distinct person (default 100)
              --duration D           arrivals spread over D: 60s, 2m, 500ms (default 60s)
              --curve C              at-once | ramp | 2021 (default 2021: 40% in the first 30 minutes
                                     of a 22-hour window, the rest decaying; compressed into D)
              --follow-lights B      true: pick providers by their traffic light; false: by habit (default true)
              --misbehave F          share of misbehaving citizens, 0..1 (default 0.05): impatient,
                                     second device, early, wrong day, abandon — in equal parts
              --seed N               reproducible people and choices (default: time)
              --demo-clock           first move the demo server's clock to the window's opening
              --pre-open D           start the run D before the opening (early citizens come then; default 0)
              --day YYYY-MM-DD       booking day; residents are born on its digit (default 2021-08-09)
              --max-time D           hard limit of the run (default pre-open + duration + 5m)
              --check-invariants B   read bookings and stock back from the server afterwards (default true)
              --staff-password PW    also read the analysts' booking report before and after (per province:
                                     bookings ≤ allocation, stock ledger balances); --staff-user (analyst)
              --json FILE            also write the report as JSON (- for stdout)
              --quiet                no progress lines
              --allow-remote         permit a target that is not loopback
            benchmark mode:
              --baseline-seconds S   first measure GET /health for S seconds, then run the flow,
                                     and report the flow's cost in baseline requests
              --connections C        baseline concurrency (default 64, as wrk -c64)
              --booking-burst N      then the booking step alone: N more citizens (at once) are admitted,
                                     list clinics and wait; then all book at once (N ≤ the server's
                                     admitted places, yeyak.admission.maxActive, default 20000)
              --provider-service-ms N, --provider-capacity N, --provider-failure-rate F
                                     demo only: set every simulated identity provider first
            exit status: 0 invariants hold, 3 a contract breach or broken invariant, 1 failure, 2 usage
            """;

    static CliOptions parse(String... args) {
        String url = null;
        Map<String, String> v = new LinkedHashMap<>();
        boolean demoClock = false;
        boolean allowRemote = false;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--demo-clock" -> demoClock = true;
                case "--allow-remote" -> allowRemote = true;
                case "--quiet" -> quiet = true;
                case "--url", "--citizens", "--duration", "--curve", "--follow-lights", "--misbehave", "--seed",
                     "--pre-open", "--day", "--max-time", "--staff-password", "--staff-user", "--check-invariants", "--json", "--baseline-seconds",
                     "--connections", "--booking-burst", "--provider-service-ms", "--provider-capacity", "--provider-failure-rate" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    v.put(a, args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        url = v.get("--url");
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        SurgeConfig.Builder b = SurgeConfig.builder(url).demoClock(demoClock).allowRemote(allowRemote);
        if (v.containsKey("--citizens")) b.citizens(integer(v, "--citizens"));
        if (v.containsKey("--duration")) b.duration(duration(v.get("--duration")));
        if (v.containsKey("--curve")) b.curve(ArrivalCurve.parse(v.get("--curve")));
        if (v.containsKey("--follow-lights")) b.followLights(bool(v, "--follow-lights"));
        if (v.containsKey("--misbehave")) b.misbehave(number(v, "--misbehave"));
        if (v.containsKey("--seed")) b.seed(whole(v, "--seed"));
        if (v.containsKey("--pre-open")) b.preOpen(duration(v.get("--pre-open")));
        if (v.containsKey("--day")) b.bookingDay(LocalDate.parse(v.get("--day")));
        if (v.containsKey("--max-time")) b.maxTime(duration(v.get("--max-time")));
        if (v.containsKey("--check-invariants")) b.checkInvariants(bool(v, "--check-invariants"));
        if (v.containsKey("--staff-password")) b.staff(v.getOrDefault("--staff-user", "analyst"), v.get("--staff-password"));
        Map<String, Object> providers = new LinkedHashMap<>();
        if (v.containsKey("--provider-service-ms")) providers.put("serviceTimeMs", integer(v, "--provider-service-ms"));
        if (v.containsKey("--provider-capacity")) providers.put("capacity", integer(v, "--provider-capacity"));
        if (v.containsKey("--provider-failure-rate")) providers.put("failureRate", number(v, "--provider-failure-rate"));
        int baseline = v.containsKey("--baseline-seconds") ? integer(v, "--baseline-seconds") : 0;
        int connections = v.containsKey("--connections") ? integer(v, "--connections") : 64;
        int burst = v.containsKey("--booking-burst") ? integer(v, "--booking-burst") : 0;
        if (baseline < 0 || connections < 1 || burst < 0) {
            throw new IllegalArgumentException("--baseline-seconds and --booking-burst must be ≥ 0, --connections ≥ 1");
        }
        return new CliOptions(b.build(), baseline, connections, burst, providers.isEmpty() ? null : providers,
                v.get("--json"), quiet);
    }

    /** "60s", "2m", "500ms", "1h", or a bare number of seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("m")) return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            if (t.endsWith("h")) return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 3600));
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (e.g. 60s, 2m, 500ms)");
        }
    }

    private static int integer(Map<String, String> v, String key) {
        long n = whole(v, key);
        if (n != (int) n) {
            throw new IllegalArgumentException(key + " is too large");
        }
        return (int) n;
    }

    private static long whole(Map<String, String> v, String key) {
        try {
            return Long.parseLong(v.get(key).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number");
        }
    }

    private static double number(Map<String, String> v, String key) {
        try {
            return Double.parseDouble(v.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number");
        }
    }

    private static boolean bool(Map<String, String> v, String key) {
        return switch (v.get(key).toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false");
        };
    }
}
