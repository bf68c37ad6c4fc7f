package org.yeyak.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.yeyak.server.store.BatchWriter;

/**
 * Keeps the writer busy inside a job of its own until a given number of jobs are queued behind
 * it, so that those are drained into one batch: a deterministic "at once" for tests. For a writer
 * with one thread (as on H2); its job sorts first ({@code U+0000}), so nothing joins its batch.
 */
public final class HeldWriter {
    private final BatchWriter writer;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Object> done;

    private HeldWriter(BatchWriter writer) {
        this.writer = writer;
        done = writer.submit((c, audit) -> {
            running.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("holder never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return null;
        }, "\u0000hold");
    }

    /** Queues the holder and returns once the writer runs it (nothing else is in its batch). */
    public static HeldWriter hold(BatchWriter writer) throws InterruptedException {
        HeldWriter h = new HeldWriter(writer);
        assertThat(h.running.await(30, TimeUnit.SECONDS)).as("the writer took the holder").isTrue();
        return h;
    }

    /** Waits (deadline 30 s) until {@code n} jobs are queued behind the holder, then lets it commit. */
    public void releaseWhenQueued(int n) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (writer.queued() < n) {
            assertThat(System.nanoTime()).as("%d jobs queued within 30 s (%d are)", n, writer.queued()).isLessThan(end);
            LockSupport.parkNanos(1_000_000);
        }
        release.countDown();
        done.get(30, TimeUnit.SECONDS);
    }
}
