package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CohortProperties {
    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(2004, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2022, 2, 28)));
    }

    @Property
    void agesOnIncludesExactlyThosePeopleWhoseAgeOnThatDateIsInRange(
            @ForAll @IntRange(max = 90) int minAge, @ForAll @IntRange(max = 30) int span,
            @ForAll("dates") LocalDate onDate, @ForAll("dates") LocalDate born) {
        Cohort cohort = Cohort.agesOn(minAge, minAge + span, onDate);
        boolean inRange = !born.isAfter(onDate)
                && Period.between(born, onDate).getYears() >= minAge
                && Period.between(born, onDate).getYears() <= minAge + span;

        assertThat(cohort.includes(born)).isEqualTo(inRange);
    }
}
