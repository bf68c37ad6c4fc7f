package org.yeyak.console.assist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What one staff member did today on one server, newest first. The console keeps it in memory
 * for the life of the process, so it survives a language or theme switch and signing out and in
 * again, and starts empty on a new day; the server's audit log is the lasting record. Only masked
 * identity is kept.
 */
public final class SessionHistory {
    private static final Map<String, SessionHistory> BY_STAFF = new ConcurrentHashMap<>();

    private final Clock clock;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private LocalDate day;

    public SessionHistory(Clock clock) {
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    /** The history of {@code username} on the server at {@code serverUrl} in this console. */
    public static SessionHistory of(String serverUrl, String username, Clock clock) {
        return BY_STAFF.computeIfAbsent(serverUrl + " " + username, k -> new SessionHistory(clock));
    }

    public void add(String action, String maskedResidentId, String maskedName, String bookingNumber, String detail) {
        rollOver();
        entries.addFirst(new HistoryEntry(LocalDateTime.now(clock), action, maskedResidentId, maskedName,
                bookingNumber, detail));
    }

    /** Today's entries, newest first (entries of an earlier day are dropped when the day changes). */
    public ObservableList<HistoryEntry> entries() {
        rollOver();
        return entries;
    }

    public long count(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).count();
    }

    private void rollOver() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            entries.clear();
        }
    }
}
