package org.yeyak.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void successRunsRunningThenSuccessThenFinished() {
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(() -> 42)
                .onRunning(() -> events.add("running"))
                .onSuccess(v -> events.add("success " + v))
                .onFailure(e -> events.add("failure"))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        assertThat(events).containsExactly("running", "success 42", "finished");
    }

    @Test
    void failureReachesOnFailureWithTheOriginalException() {
        List<Object> events = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        BackgroundTask.wrap(() -> {
                    throw boom;
                })
                .onSuccess(v -> events.add("success"))
                .onFailure(events::add)
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        assertThat(events).containsExactly(boom, "finished");
    }

    @Test
    void progressUpdatesReachTheCallback() {
        List<BackgroundTask.ProgressUpdate> updates = new ArrayList<>();
        BackgroundTask.withProgress(p -> {
                    p.update(0.5, "half");
                    p.update(1.0, "done");
                    return "x";
                })
                .onProgress(updates::add)
                .executeWith(executor);
        assertThat(updates).extracting(BackgroundTask.ProgressUpdate::fraction).containsExactly(0.5, 1.0);
    }
}
