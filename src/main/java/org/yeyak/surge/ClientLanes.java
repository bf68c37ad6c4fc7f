package org.yeyak.surge;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

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
 * <p>The lanes have no whole-call timeout (connect, read and write timeouts still apply): okio
 * keeps every running call timeout in one priority queue and removes it by a linear search, which
 * was the next fifth of the simulator's CPU.
 */
final class ClientLanes {
    static final int LANES = 32;

    private final OkHttpClient[] lanes;

    ClientLanes(OkHttpClient base) {
        lanes = new OkHttpClient[LANES];
        for (int i = 0; i < LANES; i++) {
            lanes[i] = base.newBuilder()
                    .connectionPool(new ConnectionPool(CitizenApi.DEFAULT_IN_FLIGHT / LANES * 2, 1, TimeUnit.MINUTES))
                    .dispatcher(new Dispatcher())
                    .callTimeout(Duration.ZERO)
                    .build();
        }
    }

    /** The calling thread's lane. */
    OkHttpClient client() {
        return lanes[(int) (Thread.currentThread().threadId() % LANES)];
    }

    /** Closes every pooled connection (the end of a run). */
    void close() {
        for (OkHttpClient c : lanes) {
            c.connectionPool().evictAll();
            c.dispatcher().executorService().shutdown();
        }
    }
}
