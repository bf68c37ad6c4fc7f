package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yeyak.rules.Demo.COHORT;
import static org.yeyak.rules.Demo.SCHEDULE;
import static org.yeyak.rules.Demo.seoul;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignScheduleTest {
    private static final LocalDate AUG_19 = LocalDate.of(2021, 8, 19);

    @Test
    void aBookingDaysWindowRunsFrom20ThatDayTo18TheNextInSeoul() {
        BookingWindow window = SCHEDULE.windowFor(LocalDate.of(2021, 8, 9));
        assertThat(window.opensAt()).isEqualTo(seoul(2021, 8, 9, 20, 0));
        assertThat(window.closesAt()).isEqualTo(seoul(2021, 8, 10, 18, 0));
        assertThat(window.isOpenAt(seoul(2021, 8, 9, 20, 0))).isTrue();
        assertThat(window.hasClosedBy(seoul(2021, 8, 10, 18, 0))).isTrue();
        assertThat(window.isAheadOf(seoul(2021, 8, 9, 19, 59))).isTrue();
    }

    @Test
    void aPersonsWindowsAreTheirDigitDayThenCatchUpThenOpenPeriod() {
        CampaignSchedule schedule = SCHEDULE
                .withCatchUp(List.of(new CatchUpWindow("all", COHORT, AUG_19)))
                .withOpenPeriod(new OpenPeriod(LocalDate.of(2021, 8, 20), LocalDate.of(2021, 8, 31)));
        assertThat(schedule.windowsOf(LocalDate.of(1990, 5, 19)))
                .extracting(PersonalWindow::kind, PersonalWindow::day)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PersonalWindow.Kind.DIGIT_DAY, LocalDate.of(2021, 8, 9)),
                        org.assertj.core.groups.Tuple.tuple(PersonalWindow.Kind.CATCH_UP, AUG_19),
                        org.assertj.core.groups.Tuple.tuple(PersonalWindow.Kind.OPEN_PERIOD, LocalDate.of(2021, 8, 20)));
        assertThat(schedule.windowsOf(LocalDate.of(1971, 5, 19))).isEmpty();
    }

    @Test
    void theOpenPeriodClosesTheDayAfterItsLastDayAtClosingTime() {
        CampaignSchedule schedule = SCHEDULE.withOpenPeriod(new OpenPeriod(AUG_19, LocalDate.of(2021, 8, 31)));
        BookingWindow open = schedule.windowsOf(LocalDate.of(1990, 5, 19)).getLast().window();
        assertThat(open.opensAt()).isEqualTo(seoul(2021, 8, 19, 20, 0));
        assertThat(open.closesAt()).isEqualTo(seoul(2021, 9, 1, 18, 0));
    }

    @Test
    void theCampaignRunsFromTheFirstDaysOpeningToTheLastDaysClosing() {
        assertThat(SCHEDULE.firstOpening()).isEqualTo(seoul(2021, 8, 9, 20, 0));
        assertThat(SCHEDULE.finalClosing()).isEqualTo(seoul(2021, 8, 19, 18, 0));
    }

    @Test
    void theCurrentWindowIsTheOneOpenNowOrElseTheOneOpeningNext() {
        assertThat(SCHEDULE.currentWindows(seoul(2021, 8, 10, 17, 0))).extracting(PersonalWindow::day)
                .containsExactly(LocalDate.of(2021, 8, 9));
        assertThat(SCHEDULE.currentWindows(seoul(2021, 8, 10, 19, 0))).extracting(PersonalWindow::day)
                .containsExactly(LocalDate.of(2021, 8, 10));
        assertThat(SCHEDULE.currentWindows(seoul(2021, 8, 19, 18, 0))).isEmpty();
    }

    @Test
    void closingLaterThanOpeningIsRefusedBecauseConsecutiveWindowsWouldOverlap() {
        assertThatThrownBy(() -> new CampaignSchedule(COHORT, SCHEDULE.digits(), CampaignSchedule.SEOUL,
                LocalTime.of(20, 0), LocalTime.of(21, 0), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void aCatchUpDayDuringTheDigitDaysIsRefused() {
        assertThatThrownBy(() -> SCHEDULE.withCatchUp(List.of(new CatchUpWindow("early", COHORT, LocalDate.of(2021, 8, 18)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the last digit day");
    }

    @Test
    void twoCatchUpWindowsOnOneDayForOverlappingGroupsAreRefused() {
        Cohort a = new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(1990, 12, 31));
        Cohort b = new Cohort(LocalDate.of(1990, 1, 1), LocalDate.of(2003, 12, 31));
        assertThatThrownBy(() -> SCHEDULE.withCatchUp(List.of(new CatchUpWindow("a", a, AUG_19), new CatchUpWindow("b", b, AUG_19))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
    }

    @Test
    void aCatchUpForPeopleOutsideTheCohortIsRefused() {
        Cohort wider = new Cohort(LocalDate.of(1960, 1, 1), LocalDate.of(2003, 12, 31));
        assertThatThrownBy(() -> SCHEDULE.withCatchUp(List.of(new CatchUpWindow("wide", wider, AUG_19))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the cohort");
    }

    @Test
    void anOpenPeriodStartingOnOrBeforeACatchUpDayIsRefused() {
        CampaignSchedule withCatchUp = SCHEDULE.withCatchUp(List.of(new CatchUpWindow("all", COHORT, AUG_19)));
        assertThatThrownBy(() -> withCatchUp.withOpenPeriod(new OpenPeriod(AUG_19, LocalDate.of(2021, 8, 31))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open period");
        assertThatThrownBy(() -> SCHEDULE.withOpenPeriod(new OpenPeriod(LocalDate.of(2021, 8, 18), LocalDate.of(2021, 8, 31))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open period");
    }
}
