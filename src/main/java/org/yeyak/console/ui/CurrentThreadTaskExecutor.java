package org.yeyak.console.ui;

/** Runs the work and its callbacks at once on the calling thread: ViewModel tests need no toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        task.running();
        V value;
        try {
            value = task.runWork(new BackgroundTask.Progress() {
                @Override
                public void update(double fraction, String message) {
                    task.progressed(new BackgroundTask.ProgressUpdate(fraction, message));
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            task.failed(e);
            return TaskHandle.DONE;
        }
        task.succeeded(value);
        return TaskHandle.DONE;
    }
}
