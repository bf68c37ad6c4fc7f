package org.yeyak.client.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed's transport over real HTTP against a stand-in server whose stream can be switched
 * off, made silent or brought back: SSE when it works, polling when it does not, and back.
 */
class LiveStreamTest {
    static final String SNAPSHOT = """
            {"at":"2021-08-09T11:00:01Z","providers":[{"id":"kakao","name":"Kakao","enabled":true,"light":"YELLOW",
            "inFlight":7,"p95LatencyMs":900}],"queue":{"length":%d,"admissionRatePerSecond":200.5},
            "bookings":{"total":10,"perSecond":2.5},"somethingNew":{"ignored":true}}""".replace("\n", "");

    HttpServer server;
    final AtomicBoolean streamAvailable = new AtomicBoolean(true);
    final AtomicBoolean streamSilent = new AtomicBoolean();
    final AtomicInteger polls = new AtomicInteger();
    final AtomicInteger counter = new AtomicInteger();
    final List<LiveSnapshot> received = new CopyOnWriteArrayList<>();
    final List<FeedState> states = new CopyOnWriteArrayList<>();
    LiveFeed.Subscription subscription;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/metrics/stream", this::stream);
        server.createContext("/api/v1/metrics/live", ex -> {
            polls.incrementAndGet();
            byte[] body = SNAPSHOT.formatted(counter.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        server.stop(0);
    }

    private void stream(HttpExchange ex) throws IOException {
        if (!streamAvailable.get()) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.flush();
            while (streamAvailable.get()) {
                if (!streamSilent.get()) {
                    out.write(("event: live\ndata: " + SNAPSHOT.formatted(counter.incrementAndGet()) + "\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                TimeUnit.MILLISECONDS.sleep(100); // the stand-in server's own pace, not a wait in the test
            }
        } catch (IOException | InterruptedException clientLeft) {
            // the feed closed the stream
        }
    }

    LiveFeed.Subscription subscribe(String url) {
        LiveStream feed = new LiveStream(url, () -> "token", Duration.ofMillis(700), Duration.ofMillis(200),
                Duration.ofMillis(1500));
        subscription = feed.subscribe(new LiveFeed.Listener() {
            @Override
            public void snapshot(LiveSnapshot s) {
                received.add(s);
            }

            @Override
            public void state(FeedState state, String detail) {
                states.add(state);
            }
        });
        return subscription;
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s: " + what);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theStreamDeliversEverySnapshotReadingTheFieldsItKnows() {
        subscribe(url());
        await("three streamed snapshots", () -> received.size() >= 3);
        assertThat(states).startsWith(FeedState.CONNECTING, FeedState.STREAMING);
        assertThat(polls).hasValue(0);
        LiveSnapshot s = received.getFirst();
        assertThat(s.providers()).singleElement().satisfies(p -> {
            assertThat(p.light()).isEqualTo(org.yeyak.rules.Light.YELLOW);
            assertThat(p.inFlight()).isEqualTo(7);
            assertThat(p.p95LatencyMs()).isEqualTo(900);
        });
        assertThat(s.queue().admissionRatePerSecond()).isEqualTo(200.5);
        assertThat(s.bookings().perSecond()).isEqualTo(2.5);
        assertThat(s.regions()).isEmpty();
        assertThat(received).extracting(r -> r.queue().length()).isSorted();
    }

    @Test
    void withoutAStreamItPollsTheSnapshotAndGoesBackToTheStreamWhenItReturns() {
        streamAvailable.set(false);
        subscribe(url());
        await("polling", () -> states.contains(FeedState.POLLING) && received.size() >= 2);
        assertThat(polls.get()).isGreaterThanOrEqualTo(2);

        streamAvailable.set(true);
        await("back to the stream", () -> states.getLast() == FeedState.STREAMING);
        int pollsThen = polls.get();
        int receivedThen = received.size();
        await("more streamed snapshots", () -> received.size() >= receivedThen + 3);
        assertThat(polls.get()).isLessThanOrEqualTo(pollsThen + 1);
    }

    @Test
    void aStreamThatFallsSilentIsGivenUpForPolling() {
        subscribe(url());
        await("streaming", () -> states.contains(FeedState.STREAMING) && !received.isEmpty());
        streamSilent.set(true);
        await("polling after the silence", () -> states.contains(FeedState.POLLING) && polls.get() >= 2);
    }

    @Test
    void aServerThatIsAwayReadsAsOfflineAndClosingStopsTheFeedThread() {
        server.stop(0);
        subscribe(url());
        await("offline", () -> states.contains(FeedState.OFFLINE));
        assertThat(received).isEmpty();
        subscription.close();
        subscription = null;
        await("no feed thread left", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("live-feed") && t.isAlive()));
    }
}
