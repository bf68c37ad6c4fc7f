package org.yeyak.surge;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The simulator's HTTP clients: one base client split into lanes, each with its own connection
 * pool and dispatcher, and a thread always uses the same lane (a virtual citizen is one thread,
 * so it keeps its connection, like one phone).
 *
 * <p>Why: okhttp looks for a pooled connection by walking the whole pool, and a synchronous call
 * is tracked in one deque per dispatcher. With 2,000 requests in flight through one client, that
 * walk was a fifth of the simulator's CPU (JFR, 40,000-citizen ramp) — the load generator, not
 * the server, was the cost. With 32 lanes a walk sees about 64 connections.
 *
 * <p>The lanes have no okhttp timeouts but the connect timeout. okio puts every read and write
 * that has a timeout into one global queue under one lock; with thousands of calls in flight that
 * lock was the next fifth of the simulator's CPU (JFR again: {@code RealCall.timeoutExit}, after
 * the whole-call timeout had gone). Instead, {@link #execute} gives each call a time limit that
 * one watchdog thread enforces: twice a second it cancels the calls past their limit, and
 * {@link TimedOut} tells the caller why its call failed.
 */
final class ClientLanes {
    static final int LANES = 32;
    /** How long one call (connect, send, wait, read) may take before the watchdog cancels it. */
    static final Duration CALL_LIMIT = Duration.ofSeconds(60);

    private final OkHttpClient[] lanes;
    private final long limitNanos;
    private final Map<Call, Long> running = new ConcurrentHashMap<>();
    private final Map<Call, Boolean> cancelled = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "surge-call-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The call ran past its time limit and was cancelled. */
    static final class TimedOut extends java.io.InterruptedIOException {
        TimedOut(Duration limit) {
            super("no complete answer within " + limit.toSeconds() + " s");
        }
    }

    ClientLanes(OkHttpClient base) {
        this(base, CALL_LIMIT);
    }

    ClientLanes(OkHttpClient base, Duration callLimit) {
        this.limitNanos = callLimit.toNanos();
        lanes = new OkHttpClient[LANES];
        for (int i = 0; i < LANES; i++) {
            lanes[i] = base.newBuilder()
                    .connectionPool(new ConnectionPool(CitizenApi.DEFAULT_IN_FLIGHT / LANES * 2, 1, TimeUnit.MINUTES))
                    .dispatcher(new Dispatcher())
                    .callTimeout(Duration.ZERO)
                    .readTimeout(Duration.ZERO)
                    .writeTimeout(Duration.ZERO)
                    .build();
        }
        long period = Math.max(1, Math.min(500, callLimit.toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::cancelOverdue, period, period, TimeUnit.MILLISECONDS);
    }

    /** A whole answer: status, headers and the body, read. */
    record Answer(int code, Headers headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /**
     * Runs the request on the calling thread's lane and reads the whole answer. A call not done
     * within the time limit fails with {@link TimedOut}.
     */
    Answer execute(Request request) throws IOException {
        Call call = client().newCall(request);
        running.put(call, System.nanoTime() + limitNanos);
        try (Response r = call.execute()) {
            return new Answer(r.code(), r.headers(), r.body().bytes());
        } catch (IOException e) {
            if (cancelled.remove(call) != null) {
                TimedOut t = new TimedOut(Duration.ofNanos(limitNanos));
                t.initCause(e);
                throw t;
            }
            throw e;
        } finally {
            running.remove(call);
            cancelled.remove(call);
        }
    }

    private void cancelOverdue() {
        long now = System.nanoTime();
        running.forEach((call, deadline) -> {
            if (now - deadline > 0 && running.remove(call, deadline)) {
                cancelled.put(call, Boolean.TRUE);
                call.cancel();
            }
        });
    }

    /** The calling thread's lane. */
    OkHttpClient client() {
        return lanes[(int) (Thread.currentThread().threadId() % LANES)];
    }

    /** Closes every pooled connection and stops the watchdog (the end of a run). */
    void close() {
        watchdog.shutdownNow();
        for (OkHttpClient c : lanes) {
            c.connectionPool().evictAll();
            c.dispatcher().executorService().shutdown();
        }
    }
}
