package org.yeyak.console.campaigns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;

/**
 * How many people to expect on each booking day, so that an official sees the peak before it
 * happens. People per year of age come from Korea's resident population by ten-year age band
 * (end of 2020, rounded to 0.1 million: an estimate of the shape, not a count), spread evenly
 * over the birth dates of each year; each person books on their digit's day (half on each
 * day of a digit that has two). People whose digit has no day (a gap) are counted apart.
 */
public final class DemandEstimate {
    /** People per ten-year age band, 0–9 … 90+, end of 2020 (millions, rounded). */
    private static final List<Double> BANDS_MILLIONS = List.of(3.9, 4.9, 6.8, 7.0, 8.2, 8.6, 6.4, 3.6, 1.7, 0.3);

    /** Expected people per booking day, people without a day, and the cohort in all. */
    public record Demand(Map<LocalDate, Long> perDay, long unscheduled, long total) {
        public long peak() {
            return perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private DemandEstimate() {
    }

    /** Ages are taken on {@code asOf} (the first booking day). */
    public static Demand of(Cohort cohort, DigitSchedule digits, LocalDate asOf) {
        double[] byDigit = new double[10];
        double total = 0;
        LocalDate last = cohort.bornTo().isAfter(asOf) ? asOf : cohort.bornTo();
        for (LocalDate d = cohort.bornFrom(); !d.isAfter(last); d = d.plusDays(1)) {
            double people = peopleBornOn(d, asOf);
            byDigit[d.getDayOfMonth() % 10] += people;
            total += people;
        }
        Map<LocalDate, Double> perDay = new TreeMap<>();
        double unscheduled = 0;
        for (int digit = 0; digit <= 9; digit++) {
            List<LocalDate> days = digits.datesFor(digit);
            if (days.isEmpty()) {
                unscheduled += byDigit[digit];
            }
            for (LocalDate day : days) {
                perDay.merge(day, byDigit[digit] / days.size(), Double::sum);
            }
        }
        Map<LocalDate, Long> rounded = new TreeMap<>();
        perDay.forEach((day, people) -> rounded.put(day, Math.round(people)));
        return new Demand(rounded, Math.round(unscheduled), Math.round(total));
    }

    /** People born on one date: their age band's yearly share, spread over the days of the year. */
    static double peopleBornOn(LocalDate birthDate, LocalDate asOf) {
        long age = ChronoUnit.YEARS.between(birthDate, asOf);
        if (age < 0) {
            return 0;
        }
        int band = (int) Math.min(age / 10, BANDS_MILLIONS.size() - 1);
        double perYear = BANDS_MILLIONS.get(band) * 1_000_000 / (band == BANDS_MILLIONS.size() - 1 ? 15 : 10);
        return perYear / birthDate.lengthOfYear();
    }
}
