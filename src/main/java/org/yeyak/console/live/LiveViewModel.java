package org.yeyak.console.live;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.live.FeedState;
import org.yeyak.client.live.LiveFeed;
import org.yeyak.client.live.LiveSnapshot;
import org.yeyak.client.live.LiveSnapshot.ProviderFigures;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;
import org.yeyak.rules.Light;

/**
 * The live dashboard's state. Snapshots arrive on the feed's threads and wait in a queue;
 * {@link #tick()} — called once a second on the UI thread by the View's timer, or directly by
 * a test — takes them all into the time series, shows the newest, and turns what changed into
 * events: a provider's new colour, the estimated wait crossing the threshold. Events go to the
 * log; the ones that catch the eye also raise one notification per tick.
 *
 * <p>The wait alarm has hysteresis: it sounds when the estimated maximum wait reaches the
 * threshold and clears only when it falls below {@link #WAIT_CLEAR_SHARE} of it, so a wait
 * hovering at the threshold does not notify every second.
 */
public final class LiveViewModel {
    /** The wait the project promises to stay under (the 2021 system promised 30–50 minutes). */
    public static final Duration DEFAULT_WAIT_THRESHOLD = Duration.ofMinutes(6);
    static final double WAIT_CLEAR_SHARE = 0.8;
    static final int MAX_EVENTS = 500;

    /** Turns a provider on or off on the server (blocking). */
    @FunctionalInterface
    public interface ProviderSwitcher {
        void setEnabled(String providerId, boolean enabled);
    }

    private final LiveFeed feed;
    private final ProviderSwitcher switcher;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final Duration waitThreshold;

    private final Queue<LiveSnapshot> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicReference<FeedState> feedSaid = new AtomicReference<>();
    private final ObjectProperty<LiveSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<FeedState> feedState = new SimpleObjectProperty<>(FeedState.CONNECTING);
    private final StringProperty feedText = new SimpleStringProperty();
    private final ObservableList<LiveEvent> events = FXCollections.observableArrayList();
    private final LiveSeries series;
    private final Map<String, Light> lights = new HashMap<>();
    private boolean waitAlarm;
    private LiveFeed.Subscription subscription;

    /**
     * @param switcher null when the signed-in user may not switch providers (only officials may)
     */
    public LiveViewModel(LiveFeed feed, ProviderSwitcher switcher, TaskExecutor executor, DialogService dialogs,
                         I18n i18n, Clock clock, Duration waitThreshold, int seriesCapacity) {
        this.feed = Objects.requireNonNull(feed);
        this.switcher = switcher;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.waitThreshold = waitThreshold;
        this.series = new LiveSeries(seriesCapacity);
        feedText.set(i18n.get("live.feed.CONNECTING"));
    }

    /** Subscribes to the feed (the page is shown). */
    public void start() {
        if (subscription != null) {
            return;
        }
        subscription = feed.subscribe(new LiveFeed.Listener() {
            @Override
            public void snapshot(LiveSnapshot s) {
                arrived.add(s);
            }

            @Override
            public void state(FeedState state, String detail) {
                feedSaid.set(state);
            }
        });
    }

    /** Unsubscribes (the page is left): no thread or connection of the feed stays open. */
    public void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        arrived.clear();
    }

    public boolean running() {
        return subscription != null;
    }

    /** Takes in what arrived since the last tick. UI thread. */
    public void tick() {
        Instant now = clock.instant();
        List<LiveEvent> fresh = new ArrayList<>();
        FeedState said = feedSaid.getAndSet(null);
        if (said != null && said != feedState.get()) {
            // Stream and polling both bring figures (the badge tells which); the log only
            // records when figures stop coming and when they come back.
            FeedState was = feedState.get();
            feedState.set(said);
            feedText.set(i18n.get("live.feed." + said.name()));
            if (said == FeedState.OFFLINE) {
                fresh.add(new LiveEvent(now, LiveEvent.Kind.FEED, said.name(), null, i18n.get("live.event.feed.OFFLINE")));
            } else if (was == FeedState.OFFLINE) {
                fresh.add(new LiveEvent(now, LiveEvent.Kind.FEED, said.name(), null, i18n.get("live.event.feed.back")));
            }
        }
        LiveSnapshot latest = null;
        for (LiveSnapshot s; (s = arrived.poll()) != null; ) {
            series.add(LiveSeries.Point.of(now, s));
            lightChanges(now, s, fresh);
            waitChange(now, s, fresh);
            latest = s;
        }
        if (latest != null) {
            snapshot.set(latest);
        }
        record(fresh);
    }

    private void lightChanges(Instant now, LiveSnapshot s, List<LiveEvent> out) {
        for (ProviderFigures p : s.providers()) {
            Light was = lights.put(p.id(), p.light());
            if (was != null && was != p.light()) {
                out.add(new LiveEvent(now, LiveEvent.Kind.LIGHT, p.id(), p.light(), i18n.get("live.event.light",
                        p.name(), i18n.get("live.light." + was.name()), i18n.get("live.light." + p.light().name()),
                        i18n.get("live.event.light.figures", p.inFlight(), p.p95LatencyMs()))));
            }
        }
    }

    private void waitChange(Instant now, LiveSnapshot s, List<LiveEvent> out) {
        long wait = s.queue().estimatedMaxWaitSeconds();
        long limit = waitThreshold.toSeconds();
        if (!waitAlarm && wait >= limit) {
            waitAlarm = true;
            out.add(new LiveEvent(now, LiveEvent.Kind.WAIT, "wait", null,
                    i18n.get("live.event.waitOver", minutes(wait), minutes(limit))));
        } else if (waitAlarm && wait < limit * WAIT_CLEAR_SHARE) {
            waitAlarm = false;
            out.add(new LiveEvent(now, LiveEvent.Kind.WAIT, "wait", null,
                    i18n.get("live.event.waitBack", minutes(wait), minutes(limit))));
        }
    }

    private static String minutes(long seconds) {
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Adds events to the log (newest first) and raises one notification for those that catch the eye. */
    void record(List<LiveEvent> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        for (LiveEvent e : fresh) {
            events.addFirst(e);
        }
        if (events.size() > MAX_EVENTS) {
            events.remove(MAX_EVENTS, events.size());
        }
        List<String> loud = fresh.stream().filter(LiveEvent::notifies).map(LiveEvent::text).toList();
        if (!loud.isEmpty()) {
            dialogs.notify(String.join("\n", loud));
        }
    }

    /** Officials only: the dashboard shows the switch on each provider's tile. */
    public boolean canSwitchProviders() {
        return switcher != null;
    }

    /**
     * Turns a provider off (after the official confirms: citizens on it are sent elsewhere) or
     * on again. The tile follows with the next snapshot.
     */
    public void setProviderEnabled(String providerId, String providerName, boolean enabled) {
        if (switcher == null) {
            throw new IllegalStateException("only officials switch providers");
        }
        if (!enabled && !dialogs.confirm(i18n.get("live.switch.off.title", providerName),
                i18n.get("live.switch.off.message", providerName), i18n.get("live.switch.off.confirm"))) {
            return;
        }
        BackgroundTask.wrap(() -> switcher.setEnabled(providerId, enabled))
                .onSuccess(v -> record(List.of(new LiveEvent(clock.instant(), LiveEvent.Kind.SWITCH, providerId, null,
                        i18n.get(enabled ? "live.event.switchedOn" : "live.event.switchedOff", providerName)))))
                .onFailure(e -> dialogs.showError(ErrorText.of(e, i18n)))
                .executeWith(executor);
    }

    /** Adds a line from elsewhere on the page (the rehearsal panel). */
    public void log(LiveEvent.Kind kind, String text) {
        record(List.of(new LiveEvent(clock.instant(), kind, kind.name(), null, text)));
    }

    /** Asks where, then writes the time series as CSV in the background. */
    public void exportCsv() {
        dialogs.chooseSaveFile(i18n.get("live.export.csv"), "yeyak-live.csv", "csv").ifPresent(this::exportCsv);
    }

    public void exportCsv(Path file) {
        List<LiveSeries.Point> copy = List.copyOf(series.points());
        BackgroundTask.wrap(() -> {
                    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        LiveSeries.writeCsv(copy, w);
                    }
                    return file;
                })
                .onSuccess(f -> dialogs.notify(i18n.get("live.export.done", f.getFileName())))
                .onFailure(e -> dialogs.showError(ErrorText.of(e, i18n)))
                .executeWith(executor);
    }

    public ReadOnlyObjectProperty<LiveSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ReadOnlyObjectProperty<FeedState> feedStateProperty() {
        return feedState;
    }

    public ReadOnlyStringProperty feedTextProperty() {
        return feedText;
    }

    public ObservableList<LiveEvent> events() {
        return events;
    }

    public LiveSeries series() {
        return series;
    }

    public Duration waitThreshold() {
        return waitThreshold;
    }

    public boolean waitAlarm() {
        return waitAlarm;
    }

    public I18n i18n() {
        return i18n;
    }
}
