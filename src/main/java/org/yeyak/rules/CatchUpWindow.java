package org.yeyak.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A day after the ten digit days on which one part of the cohort may book, at the standard times. */
public record CatchUpWindow(String label, Cohort subCohort, LocalDate day) {
    public CatchUpWindow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(subCohort, "subCohort");
        Objects.requireNonNull(day, "day");
        if (label.isBlank()) {
            throw new IllegalArgumentException("catch-up window needs a label");
        }
    }
}
