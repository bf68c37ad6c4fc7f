package org.yeyak.console.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's executor: work on background threads (never the FX thread), callbacks
 * on the FX thread. Progress updates are coalesced so a fast loop cannot flood the FX queue.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService pool = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("console-task-", 0).factory());

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<BackgroundTask.ProgressUpdate> pending = new AtomicReference<>();
        if (pool.isShutdown()) {
            return TaskHandle.DONE; // the console is closing: nothing new starts
        }
        onFx(task::running);
        Future<?> future;
        try {
            future = pool.submit(() -> {
            BackgroundTask.Progress progress = new BackgroundTask.Progress() {
                @Override
                public void update(double fraction, String message) {
                    if (pending.getAndSet(new BackgroundTask.ProgressUpdate(fraction, message)) == null) {
                        Platform.runLater(() -> {
                            BackgroundTask.ProgressUpdate latest = pending.getAndSet(null);
                            if (latest != null && !cancelled.get()) {
                                task.progressed(latest);
                            }
                        });
                    }
                }

                @Override
                public boolean cancelled() {
                    return cancelled.get() || Thread.currentThread().isInterrupted();
                }
            };
            try {
                V value = task.runWork(progress);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        task.succeeded(value);
                    }
                });
            } catch (Throwable e) {
                log.debug("Background task failed", e);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        task.failed(e);
                    }
                });
            }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return TaskHandle.DONE;
        }
        Future<?> started = future;
        return () -> {
            cancelled.set(true);
            started.cancel(true);
        };
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
