package org.yeyak.console.live;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;
import org.yeyak.surge.ArrivalCurve;
import org.yeyak.surge.SurgeConfig;
import org.yeyak.surge.SurgeProgress;
import org.yeyak.surge.SurgeReport;
import org.yeyak.surge.SurgeRun;

/**
 * The surge rehearsal: virtual citizens (the surge simulator) run the real citizen flow
 * against the server this console is connected to, so an official can watch the lights and
 * the queue react before 20:00. Against the embedded demo server it starts at once; against
 * a remote server the official confirms first (it is a load test on that server).
 *
 * <p>Progress is read from the run once a second by {@link #tick()} (the counters are
 * cheap); the report is shown when the run ends.
 */
public final class RehearsalViewModel {
    public static final int MIN_CITIZENS = 1;
    public static final int MAX_CITIZENS = 200_000;

    private final String serverUrl;
    private final boolean embedded;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<String> log;

    private final IntegerProperty citizens = new SimpleIntegerProperty(500);
    private final IntegerProperty durationSeconds = new SimpleIntegerProperty(60);
    private final ObjectProperty<ArrivalCurve> curve = new SimpleObjectProperty<>(ArrivalCurve.Y2021);
    private final BooleanProperty followLights = new SimpleBooleanProperty(true);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty();
    private SurgeRun run;
    /** Bumped by each start and each dispose: a run created for an older one is closed at once. */
    private int generation;

    /**
     * @param embedded true for the console's own demo server: no confirmation needed
     * @param log      where the panel writes its lines (the dashboard's event log)
     */
    public RehearsalViewModel(String serverUrl, boolean embedded, TaskExecutor executor, DialogService dialogs,
                              I18n i18n, Consumer<String> log) {
        this.serverUrl = Objects.requireNonNull(serverUrl);
        this.embedded = embedded;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.log = log;
        status.set(i18n.get(embedded ? "live.rehearsal.ready.embedded" : "live.rehearsal.ready.remote"));
    }

    /** Starts a run with the panel's settings (after a confirmation against a remote server). */
    public void start() {
        if (running.get()) {
            return;
        }
        if (!embedded && !dialogs.confirm(i18n.get("live.rehearsal.confirm.title"),
                i18n.get("live.rehearsal.confirm.message", citizens.get(), serverUrl),
                i18n.get("live.rehearsal.start"))) {
            return;
        }
        SurgeConfig config = SurgeConfig.builder(serverUrl)
                .citizens(Math.max(MIN_CITIZENS, Math.min(MAX_CITIZENS, citizens.get())))
                .duration(Duration.ofSeconds(Math.max(1, durationSeconds.get())))
                .curve(curve.get())
                .followLights(followLights.get())
                .allowRemote(!embedded)
                .seed(System.nanoTime())
                .build();
        int mine = ++generation;
        running.set(true);
        progress.set(-1);
        status.set(i18n.get("live.rehearsal.starting"));
        // Creating the run resolves the host name (loopback check): not on the FX thread.
        BackgroundTask.wrap(() -> SurgeRun.create(config))
                .onSuccess(r -> {
                    if (mine != generation) {
                        r.close();
                        return;
                    }
                    run = r;
                    r.start();
                    log.accept(i18n.get("live.rehearsal.started", config.citizens(), label(config.curve()),
                            i18n.get(config.followLights() ? "live.rehearsal.follow.yes" : "live.rehearsal.follow.no")));
                })
                .onFailure(e -> {
                    if (mine != generation) {
                        return;
                    }
                    running.set(false);
                    progress.set(0);
                    status.set(ErrorText.of(e, i18n).line());
                })
                .executeWith(executor);
    }

    /** Ends the run early: no more arrivals, citizens in flight are stopped; the report follows. */
    public void stop() {
        if (run != null) {
            run.stop();
            status.set(i18n.get("live.rehearsal.stopping"));
        }
    }

    /** Reads the run's counters; when it has ended, shows its report. UI thread, once a second. */
    public void tick() {
        SurgeRun r = run;
        if (r == null) {
            return;
        }
        SurgeProgress p = r.progress();
        progress.set(p.citizens() == 0 ? 0 : (double) p.finished() / p.citizens());
        status.set(i18n.get("live.rehearsal.progress", p.started(), p.citizens(), p.inQueueNow(), p.booked())
                + " \u00b7 " + i18n.get("live.rehearsal.progress.more", p.errors(), p.elapsedMillis() / 1000));
        if (r.report().isDone()) {
            finish(r);
        }
    }

    private void finish(SurgeRun r) {
        run = null;
        running.set(false);
        progress.set(1);
        String line;
        SurgeReport report = r.report().isCompletedExceptionally() ? null : r.report().getNow(null);
        if (report == null) {
            line = i18n.get("live.rehearsal.failed");
        } else {
            line = i18n.get("live.rehearsal.done", report.booked(), report.started(),
                    i18n.get("live.rehearsal.done.figures", LiveFormat.oneDecimal(i18n, report.flowsPerSecond()),
                            LiveFormat.oneDecimal(i18n, report.queueWaitP95Ms() / 1000.0), report.errors()),
                    i18n.get(report.invariants().stockChecked() || report.invariants().peopleChecked() > 0
                            ? (report.invariants().hold() ? "live.rehearsal.invariants.hold" : "live.rehearsal.invariants.broken")
                            : "live.rehearsal.invariants.skipped"));
        }
        status.set(line);
        log.accept(line);
        BackgroundTask.wrap(r::close).executeWith(executor);
    }

    /** The page is left or the user signs out: a rehearsal does not outlive the dashboard that shows it. */
    public void dispose() {
        generation++;
        SurgeRun r = run;
        run = null;
        if (r != null) {
            r.close();
            log.accept(i18n.get("live.rehearsal.stoppedOnLeave"));
        }
        if (running.get()) {
            running.set(false);
            progress.set(0);
            status.set(i18n.get(embedded ? "live.rehearsal.ready.embedded" : "live.rehearsal.ready.remote"));
        }
    }

    String label(ArrivalCurve c) {
        return i18n.get("live.rehearsal.curve." + c.name());
    }

    public boolean embedded() {
        return embedded;
    }

    public IntegerProperty citizensProperty() {
        return citizens;
    }

    public IntegerProperty durationSecondsProperty() {
        return durationSeconds;
    }

    public ObjectProperty<ArrivalCurve> curveProperty() {
        return curve;
    }

    public BooleanProperty followLightsProperty() {
        return followLights;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
