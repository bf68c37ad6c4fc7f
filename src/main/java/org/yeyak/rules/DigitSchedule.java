package org.yeyak.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which day each birth digit (last digit of the day of birth, 0–9) books on.
 *
 * <p>The announced rule "book on the day whose last digit is yours" ({@link #fromStart}) breaks
 * when the ten days cross a month end: the 31st and the 1st both end in 1 (a <em>double</em>) and
 * some digit gets no day (a <em>gap</em>). The schedule is therefore an explicit map that the
 * official sees and edits; {@link #warnings()} lists gaps and doubles and {@link #proposedFix()}
 * offers a sequential mapping without either. A digit with two days (only {@code fromStart} makes
 * those) may book on both.
 */
public final class DigitSchedule {
    private static final int DAYS = 10;

    private final Map<Integer, List<LocalDate>> digitDates; // digit → its days, ascending; digits ascending

    private DigitSchedule(Map<Integer, List<LocalDate>> digitDates) {
        if (digitDates.isEmpty()) {
            throw new IllegalArgumentException("a digit schedule needs at least one booking day");
        }
        TreeMap<Integer, List<LocalDate>> sorted = new TreeMap<>();
        digitDates.forEach((digit, dates) -> {
            Objects.requireNonNull(digit, "digit");
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("digit must be 0-9, got " + digit);
            }
            List<LocalDate> days = new ArrayList<>(new TreeSet<>(dates));
            if (!days.isEmpty()) {
                sorted.put(digit, List.copyOf(days));
            }
        });
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a digit schedule needs at least one booking day");
        }
        this.digitDates = Collections.unmodifiableMap(sorted);
    }

    /** Ten consecutive days from {@code firstDay}; each day serves the digit its day of month ends in. */
    public static DigitSchedule fromStart(LocalDate firstDay) {
        Objects.requireNonNull(firstDay, "firstDay");
        Map<Integer, List<LocalDate>> map = new TreeMap<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = firstDay.plusDays(i);
            map.computeIfAbsent(day.getDayOfMonth() % 10, d -> new ArrayList<>()).add(day);
        }
        return new DigitSchedule(map);
    }

    /** Ten consecutive days from {@code firstDay}; day i serves digit {@code (firstDay.day + i) % 10}: no gaps, no doubles. */
    public static DigitSchedule sequential(LocalDate firstDay) {
        Objects.requireNonNull(firstDay, "firstDay");
        Map<Integer, List<LocalDate>> map = new TreeMap<>();
        for (int i = 0; i < DAYS; i++) {
            map.put((firstDay.getDayOfMonth() + i) % 10, List.of(firstDay.plusDays(i)));
        }
        return new DigitSchedule(map);
    }

    /** An explicit map, as an official edits it; digits left out are gaps. */
    public static DigitSchedule of(Map<Integer, LocalDate> digitToDate) {
        Map<Integer, List<LocalDate>> map = new TreeMap<>();
        digitToDate.forEach((digit, date) -> map.put(digit, List.of(Objects.requireNonNull(date, "date for digit " + digit))));
        return new DigitSchedule(map);
    }

    /** The first booking day of each digit, digits ascending; a digit may be missing (gap). */
    public Map<Integer, LocalDate> dates() {
        Map<Integer, LocalDate> firsts = new LinkedHashMap<>();
        digitDates.forEach((digit, days) -> firsts.put(digit, days.get(0)));
        return Collections.unmodifiableMap(firsts);
    }

    /** Every booking day of each digit (more than one only for a double), digits ascending. */
    public Map<Integer, List<LocalDate>> allDates() {
        return digitDates;
    }

    /** The (first) booking day of {@code digit}, empty for a gap. */
    public Optional<LocalDate> dateFor(int digit) {
        List<LocalDate> days = digitDates.get(digit);
        return days == null ? Optional.empty() : Optional.of(days.get(0));
    }

    /** Every booking day of {@code digit}, ascending; empty for a gap. */
    public List<LocalDate> datesFor(int digit) {
        return digitDates.getOrDefault(digit, List.of());
    }

    /** This schedule with {@code digit} moved to {@code date} alone, as an official edits one row. */
    public DigitSchedule with(int digit, LocalDate date) {
        Map<Integer, List<LocalDate>> map = new TreeMap<>(digitDates);
        map.put(digit, List.of(Objects.requireNonNull(date, "date")));
        return new DigitSchedule(map);
    }

    /** The distinct booking days, ascending. */
    public List<LocalDate> bookingDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        digitDates.values().forEach(days::addAll);
        return List.copyOf(days);
    }

    public LocalDate firstDay() {
        return bookingDays().get(0);
    }

    public LocalDate lastDay() {
        List<LocalDate> days = bookingDays();
        return days.get(days.size() - 1);
    }

    /** Empty when every digit has exactly one day of its own. */
    public List<ScheduleWarning> warnings() {
        List<ScheduleWarning> warnings = new ArrayList<>();
        Map<LocalDate, Integer> firstDigitOfDay = new TreeMap<>();
        for (int digit = 0; digit <= 9; digit++) {
            List<LocalDate> days = datesFor(digit);
            if (days.isEmpty()) {
                warnings.add(new ScheduleWarning(ScheduleWarning.Kind.GAP, digit, List.of(),
                        "Nobody born on a day ending in " + digit + " has a booking day"));
            } else if (days.size() > 1) {
                warnings.add(new ScheduleWarning(ScheduleWarning.Kind.DOUBLE, digit, days,
                        "People born on a day ending in " + digit + " have " + days.size() + " booking days: " + days));
            }
            for (LocalDate day : days) {
                Integer other = firstDigitOfDay.putIfAbsent(day, digit);
                if (other != null) {
                    warnings.add(new ScheduleWarning(ScheduleWarning.Kind.DOUBLE, digit, List.of(day),
                            day + " serves both digit " + other + " and digit " + digit));
                }
            }
        }
        return List.copyOf(warnings);
    }

    /** The sequential schedule from the same first day: ten days, one digit each. */
    public DigitSchedule proposedFix() {
        return sequential(firstDay());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DigitSchedule other && digitDates.equals(other.digitDates);
    }

    @Override
    public int hashCode() {
        return digitDates.hashCode();
    }

    @Override
    public String toString() {
        return "DigitSchedule" + digitDates;
    }
}
