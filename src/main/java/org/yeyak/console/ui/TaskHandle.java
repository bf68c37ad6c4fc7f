package org.yeyak.console.ui;

/** A started {@link BackgroundTask}: cancelling it drops its callbacks and asks the work to stop. */
@FunctionalInterface
public interface TaskHandle {
    TaskHandle DONE = () -> { };

    void cancel();
}
