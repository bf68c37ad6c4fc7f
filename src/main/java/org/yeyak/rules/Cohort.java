package org.yeyak.rules;

import java.time.LocalDate;
import java.util.Objects;

/** The people a campaign is for: born between {@code bornFrom} and {@code bornTo}, both inclusive. */
public record Cohort(LocalDate bornFrom, LocalDate bornTo) {
    public Cohort {
        Objects.requireNonNull(bornFrom, "bornFrom");
        Objects.requireNonNull(bornTo, "bornTo");
        if (bornTo.isBefore(bornFrom)) {
            throw new IllegalArgumentException("cohort ends (" + bornTo + ") before it starts (" + bornFrom + ")");
        }
    }

    /**
     * Everyone aged {@code minAge} to {@code maxAge} (inclusive, completed years) on {@code onDate}.
     * A person born on 29 February has their birthday on 28 February in common years, as
     * {@link java.time.Period#between} counts it.
     */
    public static Cohort agesOn(int minAge, int maxAge, LocalDate onDate) {
        Objects.requireNonNull(onDate, "onDate");
        if (minAge < 0 || maxAge < minAge) {
            throw new IllegalArgumentException("ages must satisfy 0 <= minAge <= maxAge, got " + minAge + ".." + maxAge);
        }
        return new Cohort(onDate.minusYears(maxAge + 1L).plusDays(1), onDate.minusYears(minAge));
    }

    /** Everyone born in the calendar years {@code fromYear} to {@code toYear} (the Korean "born 1972–2003"). */
    public static Cohort bornInYears(int fromYear, int toYear) {
        return new Cohort(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    public boolean includes(LocalDate birthDate) {
        return !birthDate.isBefore(bornFrom) && !birthDate.isAfter(bornTo);
    }

    /** True when every member of {@code other} is a member of this cohort. */
    public boolean contains(Cohort other) {
        return includes(other.bornFrom) && includes(other.bornTo);
    }

    /** True when some birth date belongs to both cohorts. */
    public boolean overlaps(Cohort other) {
        return !other.bornTo.isBefore(bornFrom) && !bornTo.isBefore(other.bornFrom);
    }
}
