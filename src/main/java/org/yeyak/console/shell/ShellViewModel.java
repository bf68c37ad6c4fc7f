package org.yeyak.console.shell;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.ApiProblemException;
import org.yeyak.client.ServerTime;
import org.yeyak.client.ServerUnreachableException;
import org.yeyak.client.StaffSession;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/**
 * The signed-in shell: the pages of the user's role, the server clock for the status bar,
 * and whether the server is reachable (the banner). The View calls {@link #refreshServerTime()}
 * once a second; the call itself runs in the background and never piles up.
 */
public final class ShellViewModel {
    private final YeyakClient client;
    /** Refresh the staff token when it has less than this left (tokens live 30 minutes). */
    static final java.time.Duration REFRESH_BEFORE = java.time.Duration.ofMinutes(5);

    private final java.time.Clock wallClock;
    private volatile StaffSession session;
    private final AtomicBoolean renewing = new AtomicBoolean();
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Runnable onSignedOut;

    private final ObservableList<PageKind> pages;
    private final ObjectProperty<PageKind> selected = new SimpleObjectProperty<>();
    private final StringProperty serverTime = new SimpleStringProperty("");
    private final BooleanProperty demoClock = new SimpleBooleanProperty();
    private final BooleanProperty serverAway = new SimpleBooleanProperty();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public ShellViewModel(YeyakClient client, StaffSession session, TaskExecutor executor, I18n i18n,
                          Runnable onSignedOut) {
        this(client, session, executor, i18n, onSignedOut, java.time.Clock.systemUTC());
    }

    /** {@code wallClock}: real time, which staff tokens use (not the demo clock). */
    public ShellViewModel(YeyakClient client, StaffSession session, TaskExecutor executor, I18n i18n,
                          Runnable onSignedOut, java.time.Clock wallClock) {
        this.wallClock = wallClock;
        this.client = client;
        this.session = session;
        this.executor = executor;
        this.i18n = i18n;
        this.onSignedOut = onSignedOut;
        this.pages = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(PageKind.forRole(session.role())));
        selected.set(pages.getFirst());
    }

    /** Asks the server for its clock; marks the server away when there is no answer, back when there is. */
    public void refreshServerTime() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        BackgroundTask.wrap(client::serverTime)
                .onSuccess(this::showTime)
                .onFailure(e -> {
                    if (e instanceof ServerUnreachableException) {
                        serverAway.set(true);
                    } else if (e instanceof ApiProblemException) {
                        serverAway.set(false); // it answered, so it is there
                    }
                })
                .onFinished(() -> refreshing.set(false))
                .executeWith(executor);
    }

    private void showTime(ServerTime t) {
        serverAway.set(false);
        renewTokenIfDue();
        demoClock.set(t.demo());
        serverTime.set(i18n.get(t.demo() ? "status.time.demo" : "status.time", i18n.dateTime().format(t.now())));
    }

    /** Keeps the sign-in alive while the console is open; a refused refresh ends the sign-in. */
    void renewTokenIfDue() {
        StaffSession s = session;
        if (s.expiresAt() == null
                || s.expiresAt().toInstant().isAfter(wallClock.instant().plus(REFRESH_BEFORE))
                || !renewing.compareAndSet(false, true)) {
            return;
        }
        BackgroundTask.wrap(() -> client.refresh(s.username()))
                .onSuccess(fresh -> session = fresh)
                .onFailure(e -> {
                    if (e instanceof ApiProblemException p && p.status() == 401) {
                        signOut();
                    }
                })
                .onFinished(() -> renewing.set(false))
                .executeWith(executor);
    }

    public void signOut() {
        client.signOut();
        onSignedOut.run();
    }

    public ObservableList<PageKind> pages() {
        return pages;
    }

    public ObjectProperty<PageKind> selectedProperty() {
        return selected;
    }

    public StringProperty serverTimeProperty() {
        return serverTime;
    }

    public BooleanProperty demoClockProperty() {
        return demoClock;
    }

    public BooleanProperty serverAwayProperty() {
        return serverAway;
    }

    public StaffSession session() {
        return session;
    }

    public String serverUrl() {
        return client.baseUrl();
    }

    /** "official (health official)" for the status bar. */
    public String userLine() {
        return i18n.get("status.user", session.username(), i18n.get("role." + session.role().name()));
    }
}
