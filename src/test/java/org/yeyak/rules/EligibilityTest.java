package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.rules.Demo.SCHEDULE;
import static org.yeyak.rules.Demo.seoul;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {
    @Test
    void someoneBornOnThe19thMayBookWhenThe9thsWindowOpens() {
        EligibilityResult result = Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 19), seoul(2021, 8, 9, 20, 0));
        assertThat(result.eligible()).isTrue();
        assertThat(result.reason()).isNull();
        assertThat(result.window().kind()).isEqualTo(PersonalWindow.Kind.DIGIT_DAY);
        assertThat(result.window().day()).isEqualTo(LocalDate.of(2021, 8, 9));
    }

    @Test
    void someoneBornOnThe10thIsToldItIsNotTheirDayAndWhenTheirsOpens() {
        EligibilityResult result = Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 10), seoul(2021, 8, 9, 20, 0));
        assertThat(result.reason()).isEqualTo(RefusalReason.NOT_YOUR_DAY);
        assertThat(result.opensAt()).isEqualTo(seoul(2021, 8, 10, 20, 0));
    }

    @Test
    void onTheirOwnDayBefore20IsWindowNotOpenWithTheOpeningTime() {
        EligibilityResult result = Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 19), seoul(2021, 8, 9, 19, 0));
        assertThat(result.reason()).isEqualTo(RefusalReason.WINDOW_NOT_OPEN);
        assertThat(result.opensAt()).isEqualTo(seoul(2021, 8, 9, 20, 0));
    }

    @Test
    void at18TheNextDayTheirWindowHasClosedAndNothingIsLeft() {
        EligibilityResult result = Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 19), seoul(2021, 8, 10, 18, 0));
        assertThat(result.reason()).isEqualTo(RefusalReason.WINDOW_CLOSED);
        assertThat(result.opensAt()).isNull();
    }

    @Test
    void oneMinuteBefore18TheNextDayTheWindowIsStillOpen() {
        assertThat(Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 19), seoul(2021, 8, 10, 17, 59)).eligible()).isTrue();
    }

    @Test
    void onTheMorningOfTheirDayTheDayBeforesWindowIsStillOpenSoItIsNotTheirDayYet() {
        EligibilityResult result = Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 10), seoul(2021, 8, 10, 9, 0));
        assertThat(result.reason()).isEqualTo(RefusalReason.NOT_YOUR_DAY);
        assertThat(result.opensAt()).isEqualTo(seoul(2021, 8, 10, 20, 0));
        assertThat(Eligibility.check(SCHEDULE, LocalDate.of(1990, 5, 10), seoul(2021, 8, 10, 18, 0)).reason())
                .isEqualTo(RefusalReason.WINDOW_NOT_OPEN);
    }

    @Test
    void beforeTheCampaignOnlyThoseOfTheFirstDayAreToldTheirWindowIsNotOpenYet() {
        assertThat(Eligibility.check(SCHEDULE, LocalDate.of(1980, 2, 9), seoul(2021, 8, 1, 12, 0)).reason())
                .isEqualTo(RefusalReason.WINDOW_NOT_OPEN);
        EligibilityResult other = Eligibility.check(SCHEDULE, LocalDate.of(1980, 2, 8), seoul(2021, 8, 1, 12, 0));
        assertThat(other.reason()).isEqualTo(RefusalReason.NOT_YOUR_DAY);
        assertThat(other.opensAt()).isEqualTo(seoul(2021, 8, 18, 20, 0));
    }

    @Test
    void whenAMonthEndDoublesADigitThosePeopleMayBookOnBothDays() {
        CampaignSchedule monthEnd = CampaignSchedule.standard(Demo.COHORT, DigitSchedule.fromStart(LocalDate.of(2021, 8, 27)));
        LocalDate bornOnThe21st = LocalDate.of(1985, 3, 21);
        assertThat(Eligibility.check(monthEnd, bornOnThe21st, seoul(2021, 8, 31, 21, 0)).eligible()).isTrue();
        assertThat(Eligibility.check(monthEnd, bornOnThe21st, seoul(2021, 9, 1, 21, 0)).eligible()).isTrue();
        assertThat(Eligibility.check(monthEnd, bornOnThe21st, seoul(2021, 9, 1, 19, 0)).reason())
                .isEqualTo(RefusalReason.WINDOW_NOT_OPEN);
    }

    @Test
    void someoneBornIn1971IsOutsideTheCohort() {
        EligibilityResult result = Eligibility.check(SCHEDULE, LocalDate.of(1971, 12, 31), seoul(2021, 8, 9, 20, 0));
        assertThat(result.reason()).isEqualTo(RefusalReason.COHORT);
        assertThat(result.opensAt()).isNull();
    }

    @Test
    void aCatchUpDayOfTheirSubCohortLetsThemBookAfterMissingTheirDigitDay() {
        Cohort older = new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(1985, 12, 31));
        Cohort younger = new Cohort(LocalDate.of(1986, 1, 1), LocalDate.of(2003, 12, 31));
        CampaignSchedule schedule = SCHEDULE.withCatchUp(List.of(
                new CatchUpWindow("ages 36-49", older, LocalDate.of(2021, 8, 19)),
                new CatchUpWindow("ages 18-35", younger, LocalDate.of(2021, 8, 20))));
        LocalDate young = LocalDate.of(1990, 5, 19);

        EligibilityResult missed = Eligibility.check(schedule, young, seoul(2021, 8, 10, 18, 0));
        assertThat(missed.reason()).isEqualTo(RefusalReason.NOT_YOUR_DAY);
        assertThat(missed.opensAt()).isEqualTo(seoul(2021, 8, 20, 20, 0));

        assertThat(Eligibility.check(schedule, young, seoul(2021, 8, 19, 21, 0)).reason())
                .isEqualTo(RefusalReason.NOT_YOUR_DAY); // the older group's catch-up day
        assertThat(Eligibility.check(schedule, young, seoul(2021, 8, 20, 19, 0)).reason())
                .isEqualTo(RefusalReason.WINDOW_NOT_OPEN);
        EligibilityResult catchUp = Eligibility.check(schedule, young, seoul(2021, 8, 20, 21, 0));
        assertThat(catchUp.eligible()).isTrue();
        assertThat(catchUp.window().kind()).isEqualTo(PersonalWindow.Kind.CATCH_UP);
    }

    @Test
    void theOpenPeriodLetsAnyoneInTheCohortBook() {
        CampaignSchedule schedule = SCHEDULE.withOpenPeriod(new OpenPeriod(LocalDate.of(2021, 8, 21), LocalDate.of(2021, 9, 30)));
        EligibilityResult result = Eligibility.check(schedule, LocalDate.of(1980, 1, 3), seoul(2021, 9, 15, 10, 0));
        assertThat(result.eligible()).isTrue();
        assertThat(result.window().kind()).isEqualTo(PersonalWindow.Kind.OPEN_PERIOD);
        assertThat(Eligibility.check(schedule, LocalDate.of(1980, 1, 3), seoul(2021, 10, 1, 18, 0)).reason())
                .isEqualTo(RefusalReason.WINDOW_CLOSED);
    }
}
