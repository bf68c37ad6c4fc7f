package org.yeyak.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random campaign schedules for the property tests. */
final class Schedules {
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Seoul"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));
    private static final LocalDate EARLIEST_START = LocalDate.of(2020, 1, 1);

    private Schedules() {
    }

    /** Schedules built to satisfy every rule of {@link CampaignSchedule}, with any digit map. */
    static Arbitrary<CampaignSchedule> valid() {
        return Arbitraries.randomValue(Schedules::valid);
    }

    /** The parts of a schedule drawn with no regard for the rules; building one may be refused. */
    static Arbitrary<Parts> loose() {
        return Arbitraries.randomValue(Schedules::loose);
    }

    record Parts(Cohort cohort, DigitSchedule digits, ZoneId zone, LocalTime opensAt, LocalTime closesAt,
                 List<CatchUpWindow> catchUp, OpenPeriod openPeriod) {
        CampaignSchedule build() {
            return new CampaignSchedule(cohort, digits, zone, opensAt, closesAt, catchUp, openPeriod);
        }
    }

    static CampaignSchedule valid(Random r) {
        Cohort cohort = cohort(r);
        DigitSchedule digits = digits(r);
        LocalTime opens = time(r);
        LocalTime closes = time(r);
        if (closes.isAfter(opens)) {
            LocalTime t = opens;
            opens = closes;
            closes = t;
        }
        List<CatchUpWindow> catchUp = new ArrayList<>();
        LocalDate day = digits.lastDay();
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            day = day.plusDays(1 + r.nextInt(2));
            catchUp.add(new CatchUpWindow("catch-up " + i, subCohort(r, cohort), day));
        }
        OpenPeriod open = r.nextBoolean() ? null : new OpenPeriod(day.plusDays(1 + r.nextInt(3)), day.plusDays(4 + r.nextInt(20)));
        return new CampaignSchedule(cohort, digits, ZONES.get(r.nextInt(ZONES.size())), opens, closes, catchUp, open);
    }

    static Parts loose(Random r) {
        Cohort cohort = cohort(r);
        DigitSchedule digits = digits(r);
        List<CatchUpWindow> catchUp = new ArrayList<>();
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            Cohort sub = r.nextInt(5) == 0 ? cohort(r) : subCohort(r, cohort);
            catchUp.add(new CatchUpWindow("catch-up " + i, sub, digits.firstDay().plusDays(r.nextInt(16))));
        }
        LocalDate openFrom = digits.firstDay().plusDays(r.nextInt(20));
        OpenPeriod open = r.nextBoolean() ? null : new OpenPeriod(openFrom, openFrom.plusDays(r.nextInt(10)));
        return new Parts(cohort, digits, ZONES.get(r.nextInt(ZONES.size())), time(r), time(r), catchUp, open);
    }

    /** fromStart (gaps and doubles at a month end), sequential, or an explicit map with gaps and shared days. */
    static DigitSchedule digits(Random r) {
        LocalDate first = EARLIEST_START.plusDays(r.nextInt(3650));
        return switch (r.nextInt(3)) {
            case 0 -> DigitSchedule.fromStart(first);
            case 1 -> DigitSchedule.sequential(first);
            default -> {
                Map<Integer, LocalDate> map = new HashMap<>();
                for (int digit = 0; digit <= 9; digit++) {
                    if (r.nextInt(6) != 0 || map.isEmpty() && digit == 9) {
                        map.put(digit, first.plusDays(r.nextInt(12)));
                    }
                }
                yield DigitSchedule.of(map);
            }
        };
    }

    static Cohort cohort(Random r) {
        LocalDate from = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 40));
        return new Cohort(from, from.plusDays(r.nextInt(365 * 30)));
    }

    static Cohort subCohort(Random r, Cohort cohort) {
        long days = cohort.bornTo().toEpochDay() - cohort.bornFrom().toEpochDay();
        long a = (long) (r.nextDouble() * (days + 1));
        long b = (long) (r.nextDouble() * (days + 1));
        return new Cohort(cohort.bornFrom().plusDays(Math.min(a, b)), cohort.bornFrom().plusDays(Math.max(a, b)));
    }

    static LocalTime time(Random r) {
        return LocalTime.of(r.nextInt(24), r.nextInt(4) * 15);
    }

    /** A birth date inside the cohort, or near it. */
    static LocalDate bornNear(Random r, Cohort cohort) {
        long from = cohort.bornFrom().toEpochDay() - 400;
        long to = cohort.bornTo().toEpochDay() + 400;
        return LocalDate.ofEpochDay(from + (long) (r.nextDouble() * (to - from + 1)));
    }

    static LocalDate bornIn(Random r, Cohort cohort) {
        long from = cohort.bornFrom().toEpochDay();
        long to = cohort.bornTo().toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (r.nextDouble() * (to - from + 1)));
    }
}
