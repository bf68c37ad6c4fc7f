package org.yeyak.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a digit → date map that the official should see before publishing it.
 * {@code GAP}: {@code digit} has no booking day ({@code dates} empty). {@code DOUBLE}: {@code digit}
 * has more than one booking day, or shares its day with another digit ({@code dates} lists the days).
 */
public record ScheduleWarning(Kind kind, int digit, List<LocalDate> dates, String message) {
    public enum Kind { GAP, DOUBLE }

    public ScheduleWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("digit must be 0-9, got " + digit);
        }
        dates = List.copyOf(dates);
    }
}
