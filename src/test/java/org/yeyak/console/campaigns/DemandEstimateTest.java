package org.yeyak.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;

class DemandEstimateTest {
    static final Cohort BORN_1972_2003 = Cohort.bornInYears(1972, 2003);

    @Test
    void everyoneInTheCohortHasADayWhenTheScheduleHasNoGaps() {
        DigitSchedule digits = DigitSchedule.sequential(LocalDate.of(2021, 8, 9));
        DemandEstimate.Demand d = DemandEstimate.of(BORN_1972_2003, digits, LocalDate.of(2021, 8, 9));
        assertThat(d.unscheduled()).isZero();
        assertThat(d.perDay()).hasSize(10);
        assertThat((double) d.perDay().values().stream().mapToLong(Long::longValue).sum())
                .isCloseTo(d.total(), within(10.0));
        // ages 17–49 in 2021: roughly 25 million people
        assertThat(d.total()).isBetween(20_000_000L, 30_000_000L);
    }

    @Test
    void theDayOfDigitOneIsTheBusiestSinceMonthsHaveAThirtyFirst() {
        DigitSchedule digits = DigitSchedule.sequential(LocalDate.of(2021, 8, 9));
        DemandEstimate.Demand d = DemandEstimate.of(BORN_1972_2003, digits, LocalDate.of(2021, 8, 9));
        LocalDate digitOneDay = digits.dateFor(1).orElseThrow();
        assertThat(d.perDay().get(digitOneDay)).isEqualTo(d.peak());
        // digit 0 (10th, 20th, 30th — no 30 Feb) has fewer than digit 5 (5th, 15th, 25th)
        assertThat(d.perDay().get(digits.dateFor(0).orElseThrow()))
                .isLessThan(d.perDay().get(digits.dateFor(5).orElseThrow()));
    }

    @Test
    void aGapLeavesItsPeopleUnscheduled() {
        DigitSchedule withGap = DigitSchedule.of(Map.of(0, LocalDate.of(2021, 8, 10), 1, LocalDate.of(2021, 8, 11)));
        DemandEstimate.Demand d = DemandEstimate.of(BORN_1972_2003, withGap, LocalDate.of(2021, 8, 9));
        assertThat(d.unscheduled()).isGreaterThan(d.total() / 2);
    }
}
