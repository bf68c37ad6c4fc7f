package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortTest {
    @Test
    void bothEndsAreIncluded() {
        Cohort cohort = new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31));
        assertThat(cohort.includes(LocalDate.of(1972, 1, 1))).isTrue();
        assertThat(cohort.includes(LocalDate.of(2003, 12, 31))).isTrue();
        assertThat(cohort.includes(LocalDate.of(1971, 12, 31))).isFalse();
        assertThat(cohort.includes(LocalDate.of(2004, 1, 1))).isFalse();
    }

    @Test
    void ages18To49AtTheEndOf2021IsTheDemoCohortBorn1972To2003() {
        assertThat(Cohort.agesOn(18, 49, LocalDate.of(2021, 12, 31)))
                .isEqualTo(new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31)))
                .isEqualTo(Cohort.bornInYears(1972, 2003));
    }

    @Test
    void aCohortThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Cohort(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cohort.agesOn(50, 18, LocalDate.of(2021, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
