package org.yeyak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient;
import org.yeyak.server.front.FrontDoorServer;

/**
 * The waiting room under polling, over real HTTP on loopback (H2 store, demo clock at the first
 * window's opening). A waiting person's poll is answered from the signed ticket id and the
 * cached counters; asking for the ticket again reads the store (campaign, bookings, ticket).
 * Nobody is admitted ({@code maxActive} 0), so the ticket stays WAITING throughout.
 * <pre>mvn -q test-compile exec:exec@jmh -Djmh.args="QueuePollBench -f 1 -wi 2 -w 3s -i 3 -r 5s"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueuePollBench {
    private YeyakServer server;
    private FrontDoorClient client;
    private Path data;
    private Map<String, String> headers;
    private String ticketPath;

    @Setup(Level.Trial)
    public void start() throws Exception {
        data = Files.createTempDirectory("yeyak-pollbench");
        Map<String, String> p = FrontDoorServer.fast();
        p.put("yeyak.admission.maxActive", "0");
        server = FrontDoorServer.startDemoCampaignOnly(data, p);
        client = new FrontDoorClient(server.url());
        FrontDoorClient.Citizen c = client.verify("kakao", FrontDoorClient.residentId(LocalDate.of(1990, 5, 19), 1), "bench-device");
        headers = c.headers();
        FrontDoorClient.Reply t = client.post("/api/v1/queue/tickets", "", headers);
        if (t.status() != 201 || !"WAITING".equals(t.text("status"))) {
            throw new IllegalStateException("no waiting ticket: " + t.body());
        }
        ticketPath = "/api/v1/queue/tickets/" + t.text("ticketId");
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    @Threads(8)
    public int pollWaitingTicket() {
        return check(client.get(ticketPath, headers));
    }

    @Benchmark
    @Threads(8)
    public int askForTheTicketAgain() {
        return check(client.post("/api/v1/queue/tickets", "", headers));
    }

    private static int check(FrontDoorClient.Reply r) {
        if (r.status() >= 300 || !"WAITING".equals(r.text("status"))) {
            throw new IllegalStateException("unexpected " + r.status() + " " + r.body());
        }
        return r.status();
    }
}
