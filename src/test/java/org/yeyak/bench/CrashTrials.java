package org.yeyak.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.yeyak.server.testing.Api;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;
import org.yeyak.server.testing.ServerProcess;

/**
 * Crash trials (a tool, never run by CI): a booking server in its own JVM ({@code --demo}, H2 file
 * store) takes booking load — single bookings, double submits and later replays of one
 * Idempotency-Key, bookings then cancellations — while the demo clock is moved about and readers
 * list bookings; after a random time it is killed with SIGKILL, restarted on the same data folder,
 * and every booking answered {@code 201} (and every cancellation answered {@code 204}) is looked
 * for. Trials repeat; {@code --reuse} keeps one data folder (a store that grows and ages across
 * trials) instead of a fresh one per trial.
 *
 * <pre>mvn -q test-compile exec:exec@crash -Dcrash.args="--trials 20 --min-seconds 20 --max-seconds 90"</pre>
 *
 * Options: {@code --trials N} (10), {@code --min-seconds S} (10), {@code --max-seconds S} (60),
 * {@code --clients N} (16), {@code --doses N} per stock cell (1,000,000), {@code --reuse},
 * {@code --data DIR} (a temporary folder). Exit status 1 if any acknowledged write was lost.
 */
public final class CrashTrials {
    /** What the server acknowledged, per resident. */
    record Acked(String bookingId, boolean cancelled, Instant at) {
    }

    private final Map<String, Acked> acked = new ConcurrentHashMap<>();
    private final AtomicInteger serial;
    private final AtomicInteger replays201 = new AtomicInteger();
    private final AtomicInteger clockMoves = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    private CrashTrials(int firstSerial) {
        this.serial = new AtomicInteger(firstSerial);
    }

    public static void main(String[] args) throws Exception {
        int trials = intArg(args, "--trials", 10);
        int minS = intArg(args, "--min-seconds", 10);
        int maxS = Math.max(minS, intArg(args, "--max-seconds", 60));
        int clients = intArg(args, "--clients", 16);
        int doses = intArg(args, "--doses", 1_000_000);
        boolean reuse = List.of(args).contains("--reuse");
        String dataArg = stringArg(args, "--data", null);
        Path root = dataArg != null ? Path.of(dataArg) : Files.createTempDirectory("yeyak-crash");
        int lost = 0;
        long checked = 0;
        int nextSerial = 0;
        for (int t = 1; t <= trials; t++) {
            Path data = reuse ? root.resolve("data") : root.resolve("trial-" + t);
            if (!Files.exists(data.resolve("yeyak.mv.db"))) {
                Files.createDirectories(data);
                Fixture.seed(data, null, doses);
            }
            CrashTrials trial = new CrashTrials(nextSerial);
            long runMs = ThreadLocalRandom.current().nextLong(minS * 1000L, maxS * 1000L + 1);
            int missing = trial.run(data, clients, runMs);
            nextSerial = trial.serial.get() + 1;
            lost += missing;
            checked += trial.acked.size();
            System.out.printf("trial %d/%d: ran %.1f s, %d acknowledged (%d replays answered 201, %d cancellations),"
                            + " %d clock moves, %d reads, store %.1f MB: %s%n", t, trials, runMs / 1000.0,
                    trial.acked.size(), trial.replays201.get(),
                    trial.acked.values().stream().filter(Acked::cancelled).count(), trial.clockMoves.get(),
                    trial.reads.get(), Files.size(data.resolve("yeyak.mv.db")) / 1e6,
                    missing == 0 ? "all found" : missing + " LOST");
            if (!reuse && missing == 0) {
                deleteTree(data);
            }
        }
        System.out.printf("%d trials, %d acknowledged writes checked, %d lost%n", trials, checked, lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    /** One trial: load, SIGKILL after {@code runMs}, restart, look for every acknowledged write. */
    private int run(Path data, int clients, long runMs) throws Exception {
        String[] args = {"--demo", "--port", "0", "--data", data.toString()};
        ServerProcess server = ServerProcess.start(args);
        Api api = new Api(server.url());
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> client(api, stop)));
        }
        threads.add(Thread.ofPlatform().start(() -> clockMover(api, stop)));
        threads.add(Thread.ofPlatform().start(() -> reader(api, stop)));
        Thread.sleep(runMs);
        server.kill();
        Instant killed = Instant.now();
        stop.set(true);
        for (Thread t : threads) {
            t.join(60_000);
        }
        int missing = 0;
        try (ServerProcess restarted = ServerProcess.start(args)) {
            Api again = new Api(restarted.url());
            for (var e : acked.entrySet()) {
                Api.Reply mine = again.get("/api/v1/bookings/me", Api.citizen(e.getKey()));
                JsonNode found = null;
                for (JsonNode b : mine.json()) {
                    if (b.path("bookingId").asText().equals(e.getValue().bookingId())) {
                        found = b;
                    }
                }
                boolean ok = found != null
                        && (!e.getValue().cancelled() || "CANCELLED".equals(found.path("status").asText()));
                if (!ok) {
                    missing++;
                    System.out.printf("  LOST: %s %s (acknowledged %s, %s ms before the kill)%n", e.getKey(),
                            e.getValue(), e.getValue().at(),
                            java.time.Duration.between(e.getValue().at(), killed).toMillis());
                }
            }
        }
        return missing;
    }

    private void client(Api api, AtomicBoolean stop) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        while (!stop.get()) {
            int n = serial.incrementAndGet();
            String me = resident(n);
            String clinic = Fixture.CLINICS.get(n % Fixture.CLINICS.size());
            String date = n % 2 == 0 ? "2021-08-26" : "2021-08-27";
            try {
                int kind = rnd.nextInt(100);
                if (kind < 70) {
                    record(me, api.book(me, clinic, date, "k" + n, "a" + n), false);
                } else if (kind < 85) {
                    // A double click: the same request twice at once, then a reload later.
                    CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(
                            () -> api.book(me, clinic, date, "k" + n, "a" + n), Thread::startVirtualThread);
                    record(me, api.book(me, clinic, date, "k" + n, "a" + n), false);
                    record(me, second.join(), true);
                    record(me, api.book(me, clinic, date, "k" + n, "a" + n), true);
                } else {
                    Api.Reply r = api.book(me, clinic, date, "k" + n, "a" + n);
                    if (r.status() == 201) {
                        record(me, r, false);
                        String id = r.json().get("bookingId").asText();
                        if (api.delete("/api/v1/bookings/" + id, Api.citizen(me)).status() == 204) {
                            acked.put(me, new Acked(id, true, Instant.now()));
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (stop.get()) {
                    return; // the server is gone
                }
                sleepQuietly(50); // killed mid-call: the next iteration notices stop
            }
        }
    }

    private void record(String me, Api.Reply r, boolean replay) {
        if (r.status() == 201) {
            if (replay) {
                replays201.incrementAndGet();
            }
            acked.putIfAbsent(me, new Acked(r.json().get("bookingId").asText(), false, Instant.now()));
        }
    }

    /** Moves the demo clock now and then: mostly inside the digit-9 window, sometimes outside it. */
    private void clockMover(Api api, AtomicBoolean stop) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        Instant windowOpens = OffsetDateTime.parse("2021-08-09T20:00:00+09:00").toInstant();
        while (!stop.get()) {
            sleepQuietly(rnd.nextLong(200, 2_000));
            long offset = rnd.nextInt(10) == 0 ? rnd.nextLong(-3 * 86_400L, 5 * 86_400L) : rnd.nextLong(0, 22 * 3600L);
            String at = windowOpens.plusSeconds(offset).toString();
            try {
                if (api.post("/api/v1/demo/clock", "{\"at\":\"" + at + "\"}", Map.of()).status() == 200) {
                    clockMoves.incrementAndGet();
                }
            } catch (RuntimeException e) {
                return;
            }
        }
    }

    /** Reads while others write: the bookings of people who just booked. */
    private void reader(Api api, AtomicBoolean stop) {
        while (!stop.get()) {
            List<String> some = acked.keySet().stream().limit(20).toList();
            try {
                for (String me : some) {
                    api.get("/api/v1/bookings/me", Api.citizen(me));
                    reads.incrementAndGet();
                }
                api.get("/api/v1/clinics?campaignId=demo-18-49&region=11&date=2021-08-26", Map.of());
            } catch (RuntimeException e) {
                return;
            }
            sleepQuietly(20);
        }
    }

    /** Distinct residents born on a 9th or 19th (digit 9), 1972–2003: 100,000 per birth date. */
    static String resident(int n) {
        int b = n / 100_000;
        LocalDate born = LocalDate.of(1975 + b / 24, b / 2 % 12 + 1, b % 2 == 0 ? 9 : 19);
        return Residents.of(born, n % 100_000);
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int intArg(String[] args, String name, int dflt) {
        String v = stringArg(args, name, null);
        return v == null ? dflt : Integer.parseInt(v.replace("_", ""));
    }

    private static String stringArg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
