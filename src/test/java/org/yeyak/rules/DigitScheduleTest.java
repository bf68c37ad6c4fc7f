package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigitScheduleTest {
    private static final LocalDate AUG_9 = LocalDate.of(2021, 8, 9);

    @Test
    void tenDaysInsideOneMonthGiveEveryDigitTheDayEndingInIt() {
        DigitSchedule schedule = DigitSchedule.fromStart(AUG_9);
        assertThat(schedule.dateFor(9)).contains(AUG_9);
        assertThat(schedule.dateFor(0)).contains(LocalDate.of(2021, 8, 10));
        assertThat(schedule.dateFor(8)).contains(LocalDate.of(2021, 8, 18));
        assertThat(schedule.bookingDays()).hasSize(10).first().isEqualTo(AUG_9);
        assertThat(schedule.warnings()).isEmpty();
    }

    @Test
    void crossingAMonthEndDoublesDigitOneAndLeavesAGap() {
        DigitSchedule schedule = DigitSchedule.fromStart(LocalDate.of(2021, 8, 27)); // 27 … 31, 1 … 5

        assertThat(schedule.datesFor(1)).containsExactly(LocalDate.of(2021, 8, 31), LocalDate.of(2021, 9, 1));
        assertThat(schedule.dateFor(6)).isEmpty();
        assertThat(schedule.warnings())
                .extracting(ScheduleWarning::kind, ScheduleWarning::digit)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ScheduleWarning.Kind.DOUBLE, 1),
                        org.assertj.core.groups.Tuple.tuple(ScheduleWarning.Kind.GAP, 6));
        assertThat(schedule.warnings()).filteredOn(w -> w.kind() == ScheduleWarning.Kind.DOUBLE).first()
                .extracting(ScheduleWarning::dates).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(LocalDate.of(2021, 8, 31), LocalDate.of(2021, 9, 1));
    }

    @Test
    void theProposedFixOfAMonthEndScheduleIsSequentialFromTheSameDayWithoutWarnings() {
        DigitSchedule fix = DigitSchedule.fromStart(LocalDate.of(2021, 8, 27)).proposedFix();

        assertThat(fix.warnings()).isEmpty();
        assertThat(fix.bookingDays()).hasSize(10).first().isEqualTo(LocalDate.of(2021, 8, 27));
        assertThat(fix.dateFor(1)).contains(LocalDate.of(2021, 8, 31));
        assertThat(fix.dateFor(2)).contains(LocalDate.of(2021, 9, 1));
        assertThat(fix.dateFor(6)).contains(LocalDate.of(2021, 9, 5));
        assertThat(fix).isEqualTo(DigitSchedule.sequential(LocalDate.of(2021, 8, 27)));
    }

    @Test
    void anOfficialCanRepairAMonthEndScheduleRowByRow() {
        DigitSchedule repaired = DigitSchedule.fromStart(LocalDate.of(2021, 8, 27))
                .with(1, LocalDate.of(2021, 8, 31))
                .with(6, LocalDate.of(2021, 9, 1));
        assertThat(repaired.warnings()).isEmpty();
        assertThat(repaired.bookingDays()).hasSize(10);
    }

    @Test
    void anExplicitMapWithAMissingDigitReportsAGap() {
        DigitSchedule schedule = DigitSchedule.of(Map.of(1, AUG_9, 2, AUG_9.plusDays(1)));
        assertThat(schedule.warnings()).filteredOn(w -> w.kind() == ScheduleWarning.Kind.GAP)
                .extracting(ScheduleWarning::digit).containsExactly(0, 3, 4, 5, 6, 7, 8, 9);
        assertThat(schedule.dates()).containsExactly(Map.entry(1, AUG_9), Map.entry(2, AUG_9.plusDays(1)));
    }

    @Test
    void anExplicitMapGivingTwoDigitsOneDayReportsADouble() {
        Map<Integer, LocalDate> map = new java.util.HashMap<>(DigitSchedule.sequential(AUG_9).dates());
        map.put(3, map.get(2));
        List<ScheduleWarning> warnings = DigitSchedule.of(map).warnings();
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(ScheduleWarning.Kind.DOUBLE);
            assertThat(w.dates()).containsExactly(map.get(2));
        });
    }

    @Test
    void digitsOutsideZeroToNineAndEmptySchedulesAreRefused() {
        assertThatThrownBy(() -> DigitSchedule.of(Map.of(10, AUG_9))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigitSchedule.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
