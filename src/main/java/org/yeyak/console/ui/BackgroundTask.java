package org.yeyak.console.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of work to run off the FX thread, with its callbacks (after JabRef's
 * {@code BackgroundTask}): {@code BackgroundTask.wrap(() -> client.x()).onSuccess(...)
 * .onFailure(...).executeWith(executor)}. The executor decides the threads: the
 * console's {@link FxTaskExecutor} runs the work in the background and the callbacks on
 * the FX thread; {@link CurrentThreadTaskExecutor} runs everything at once (tests).
 */
public final class BackgroundTask<V> {
    /** Work that reports progress and can notice a cancellation. */
    @FunctionalInterface
    public interface Work<V> {
        V run(Progress progress) throws Exception;
    }

    /** Handed to the work: progress as a fraction 0..1 (negative = unknown). */
    public interface Progress {
        void update(double fraction, String message);

        boolean cancelled();
    }

    /** A progress update as seen by the callback. */
    public record ProgressUpdate(double fraction, String message) {
    }

    private final Work<V> work;
    private Runnable onRunning = () -> { };
    private Consumer<? super V> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onFinished = () -> { };
    private Consumer<ProgressUpdate> onProgress = p -> { };

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> wrap(Callable<V> callable) {
        return new BackgroundTask<>(progress -> callable.call());
    }

    public static BackgroundTask<Void> wrap(Runnable runnable) {
        return new BackgroundTask<>(progress -> {
            runnable.run();
            return null;
        });
    }

    public static <V> BackgroundTask<V> withProgress(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    /** Called (on the UI thread) before the work starts. */
    public BackgroundTask<V> onRunning(Runnable r) {
        this.onRunning = r;
        return this;
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> c) {
        this.onSuccess = c;
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> c) {
        this.onFailure = c;
        return this;
    }

    /** Called after success or failure (not after a cancellation). */
    public BackgroundTask<V> onFinished(Runnable r) {
        this.onFinished = r;
        return this;
    }

    public BackgroundTask<V> onProgress(Consumer<ProgressUpdate> c) {
        this.onProgress = c;
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    // ----- used by executors -----

    V runWork(Progress progress) throws Exception {
        return work.run(progress);
    }

    void running() {
        onRunning.run();
    }

    void succeeded(V value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void progressed(ProgressUpdate update) {
        onProgress.accept(update);
    }
}
