package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ScheduleProperties {
    @Provide
    Arbitrary<CampaignSchedule> schedules() {
        return Schedules.valid();
    }

    @Provide
    Arbitrary<Schedules.Parts> anyParts() {
        return Schedules.loose();
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Property
    void everyCohortMemberHasExactlyOneBookingDayAmongTheTenWhenTheScheduleHasNoWarnings(
            @ForAll("schedules") CampaignSchedule schedule, @ForAll("randoms") Random r) {
        Assume.that(schedule.digits().warnings().isEmpty());
        LocalDate born = Schedules.bornIn(r, schedule.cohort());

        List<PersonalWindow> digitDays = schedule.windowsOf(born).stream()
                .filter(w -> w.kind() == PersonalWindow.Kind.DIGIT_DAY).toList();

        assertThat(schedule.digits().bookingDays()).hasSize(10);
        assertThat(digitDays).hasSize(1);
        assertThat(schedule.digits().bookingDays()).contains(digitDays.get(0).day());
        assertThat(schedule.digits().dateFor(born.getDayOfMonth() % 10)).contains(digitDays.get(0).day());
    }

    @Property
    void fromStartWarnsExactlyWhenItCrossesTheEndOfAMonthThatIsNot30DaysLong(@ForAll("randoms") Random r) {
        LocalDate first = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3650));
        assertThat(DigitSchedule.sequential(first).warnings()).isEmpty();
        assertThat(DigitSchedule.fromStart(first).proposedFix().warnings()).isEmpty();
        // a month of 30 days ends in 0 and the 1st follows it as digit 1: the run stays one day per digit
        boolean crossesBadMonthEnd = first.plusDays(9).getMonth() != first.getMonth() && first.lengthOfMonth() != 30;
        assertThat(DigitSchedule.fromStart(first).warnings().isEmpty()).isEqualTo(!crossesBadMonthEnd);
    }

    @Property
    void anAcceptedScheduleNeverGivesOnePersonTwoWindowsAtTheSameInstant(
            @ForAll("anyParts") Schedules.Parts parts, @ForAll("randoms") Random r) {
        CampaignSchedule schedule = null;
        try {
            schedule = parts.build();
        } catch (IllegalArgumentException refused) {
            // the validation caught it: nothing to check
        }
        Statistics.collect(schedule == null ? "refused" : "accepted");
        // the property must not hold vacuously: a fair share of random schedules passes validation
        Statistics.coverage(c -> c.check("accepted").percentage(p -> p >= 5));
        if (schedule == null) {
            return;
        }
        for (int i = 0; i < 20; i++) {
            assertNoOverlap(schedule.windowsOf(Schedules.bornIn(r, schedule.cohort())));
        }
    }

    @Property
    void validSchedulesNeverGiveOnePersonTwoWindowsAtTheSameInstant(
            @ForAll("schedules") CampaignSchedule schedule, @ForAll("randoms") Random r) {
        for (int i = 0; i < 20; i++) {
            assertNoOverlap(schedule.windowsOf(Schedules.bornIn(r, schedule.cohort())));
        }
    }

    @Property
    void aRefusedPersonIsAlwaysToldWhyAndAnyOpeningTheyAreToldOfIsInTheFuture(
            @ForAll("schedules") CampaignSchedule schedule, @ForAll("randoms") Random r) {
        LocalDate born = Schedules.bornNear(r, schedule.cohort());
        Instant now = instantAround(r, schedule);

        EligibilityResult result = Eligibility.check(schedule, born, now);

        if (result.eligible()) {
            assertThat(result.reason()).isNull();
            assertThat(result.window().window().isOpenAt(now)).isTrue();
        } else {
            assertThat(result.reason()).isNotNull();
            assertThat(result.window()).isNull();
            if (result.reason() == RefusalReason.NOT_YOUR_DAY || result.reason() == RefusalReason.WINDOW_NOT_OPEN) {
                assertThat(result.opensAt()).isNotNull();
            }
            if (result.opensAt() != null) {
                assertThat(result.opensAt()).isAfter(now);
            }
        }
    }

    @Property
    void eligibilityAgreesWithThePersonsOwnWindows(
            @ForAll("schedules") CampaignSchedule schedule, @ForAll("randoms") Random r) {
        LocalDate born = Schedules.bornNear(r, schedule.cohort());
        Instant now = instantAround(r, schedule);
        List<PersonalWindow> mine = schedule.windowsOf(born);

        EligibilityResult result = Eligibility.check(schedule, born, now);

        boolean anyOpen = mine.stream().anyMatch(w -> w.window().isOpenAt(now));
        Instant nextOpening = mine.stream().map(w -> w.window().opensAt()).filter(now::isBefore).min(Instant::compareTo).orElse(null);
        assertThat(result.eligible()).isEqualTo(anyOpen);
        assertThat(result.reason() == RefusalReason.COHORT).isEqualTo(!schedule.cohort().includes(born));
        if (!anyOpen && schedule.cohort().includes(born)) {
            assertThat(result.opensAt()).isEqualTo(nextOpening);
            assertThat(result.reason() == RefusalReason.WINDOW_CLOSED).isEqualTo(nextOpening == null);
        }
    }

    private static void assertNoOverlap(List<PersonalWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                assertThat(windows.get(i).window().overlaps(windows.get(j).window()))
                        .as("%s and %s overlap", windows.get(i), windows.get(j)).isFalse();
            }
        }
    }

    /** Mostly near window edges (where mistakes hide), sometimes anywhere from before to after the campaign. */
    private static Instant instantAround(Random r, CampaignSchedule schedule) {
        List<PersonalWindow> all = schedule.allWindows();
        if (r.nextInt(3) > 0) {
            BookingWindow w = all.get(r.nextInt(all.size())).window();
            Instant edge = r.nextBoolean() ? w.opensAt() : w.closesAt();
            return edge.plusSeconds(r.nextInt(7) - 3);
        }
        Instant from = schedule.digits().firstDay().minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = all.getLast().window().closesAt().plusSeconds(3 * 86_400);
        return from.plusSeconds((long) (r.nextDouble() * (to.getEpochSecond() - from.getEpochSecond())));
    }
}
