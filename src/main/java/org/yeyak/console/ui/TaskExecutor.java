package org.yeyak.console.ui;

/** Runs {@link BackgroundTask}s; injected into every ViewModel so that tests can run them synchronously. */
public interface TaskExecutor {
    <V> TaskHandle execute(BackgroundTask<V> task);
}
