package org.yeyak.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One window in which a given person may book: their digit day, a catch-up day of their
 * sub-cohort, or the open period. {@code day} is the booking day (the open period's first day).
 */
public record PersonalWindow(Kind kind, BookingWindow window, LocalDate day) {
    public enum Kind { DIGIT_DAY, CATCH_UP, OPEN_PERIOD }

    public PersonalWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(day, "day");
    }
}
