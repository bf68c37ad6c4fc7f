package org.yeyak.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days after the catch-up windows when anyone in the cohort may book or change: one window
 * that opens on {@code firstDay} at the opening time and closes the day after {@code lastDay} at
 * the closing time.
 */
public record OpenPeriod(LocalDate firstDay, LocalDate lastDay) {
    public OpenPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("open period ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }
}
