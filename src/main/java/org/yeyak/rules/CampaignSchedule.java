package org.yeyak.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When the people of a campaign may book: digit days, then catch-up days, then an open period.
 *
 * <p>Every booking day's window opens at {@code opensAt} that day and closes at {@code closesAt}
 * the next day, in {@code zone}. The constructor refuses any schedule in which one person could
 * hold two windows at the same instant:
 * <ul>
 *   <li>{@code closesAt} is not after {@code opensAt}, so a window lasts at most 24 hours and never
 *       reaches into the next day's window;</li>
 *   <li>every catch-up day comes after the last digit day, and its sub-cohort lies inside the cohort;</li>
 *   <li>two catch-up windows on the same day are for sub-cohorts that do not overlap;</li>
 *   <li>the open period starts after the last digit day and after every catch-up day.</li>
 * </ul>
 */
public record CampaignSchedule(Cohort cohort, DigitSchedule digits, ZoneId zone,
                               LocalTime opensAt, LocalTime closesAt,
                               List<CatchUpWindow> catchUp, OpenPeriod openPeriod) {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    public static final LocalTime STANDARD_OPENING = LocalTime.of(20, 0);
    public static final LocalTime STANDARD_CLOSING = LocalTime.of(18, 0);

    public CampaignSchedule {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        catchUp = List.copyOf(catchUp == null ? List.of() : catchUp);
        if (closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("windows close the next day, so closing time (" + closesAt
                    + ") must not be after opening time (" + opensAt + "), or one day's window would overlap the next");
        }
        LocalDate lastDigitDay = digits.lastDay();
        for (int i = 0; i < catchUp.size(); i++) {
            CatchUpWindow c = catchUp.get(i);
            if (!c.day().isAfter(lastDigitDay)) {
                throw new IllegalArgumentException("catch-up window '" + c.label() + "' on " + c.day()
                        + " must come after the last digit day " + lastDigitDay);
            }
            if (!cohort.contains(c.subCohort())) {
                throw new IllegalArgumentException("catch-up window '" + c.label() + "' is for people outside the cohort");
            }
            for (int j = 0; j < i; j++) {
                CatchUpWindow d = catchUp.get(j);
                if (d.day().equals(c.day()) && d.subCohort().overlaps(c.subCohort())) {
                    throw new IllegalArgumentException("catch-up windows '" + d.label() + "' and '" + c.label()
                            + "' are on the same day for overlapping sub-cohorts");
                }
            }
        }
        if (openPeriod != null) {
            if (!openPeriod.firstDay().isAfter(lastDigitDay)) {
                throw new IllegalArgumentException("open period must start after the last digit day " + lastDigitDay);
            }
            for (CatchUpWindow c : catchUp) {
                if (!openPeriod.firstDay().isAfter(c.day())) {
                    throw new IllegalArgumentException("open period must start after catch-up window '" + c.label() + "'");
                }
            }
        }
    }

    /** Asia/Seoul, 20:00 → 18:00 the next day, no catch-up, no open period. */
    public static CampaignSchedule standard(Cohort cohort, DigitSchedule digits) {
        return new CampaignSchedule(cohort, digits, SEOUL, STANDARD_OPENING, STANDARD_CLOSING, List.of(), null);
    }

    public CampaignSchedule withCatchUp(List<CatchUpWindow> windows) {
        return new CampaignSchedule(cohort, digits, zone, opensAt, closesAt, windows, openPeriod);
    }

    public CampaignSchedule withOpenPeriod(OpenPeriod period) {
        return new CampaignSchedule(cohort, digits, zone, opensAt, closesAt, catchUp, period);
    }

    /** Opens at the opening time on {@code bookingDay}, closes at the closing time the next day, in the zone. */
    public BookingWindow windowFor(LocalDate bookingDay) {
        return span(bookingDay, bookingDay);
    }

    private BookingWindow span(LocalDate firstDay, LocalDate lastDay) {
        return new BookingWindow(ZonedDateTime.of(firstDay, opensAt, zone).toInstant(),
                ZonedDateTime.of(lastDay.plusDays(1), closesAt, zone).toInstant());
    }

    /** This person's windows, by opening time; empty for someone outside the cohort. */
    public List<PersonalWindow> windowsOf(LocalDate birthDate) {
        if (!cohort.includes(birthDate)) {
            return List.of();
        }
        List<PersonalWindow> windows = new ArrayList<>();
        for (LocalDate day : digits.datesFor(birthDate.getDayOfMonth() % 10)) {
            windows.add(new PersonalWindow(PersonalWindow.Kind.DIGIT_DAY, windowFor(day), day));
        }
        for (CatchUpWindow c : catchUp) {
            if (c.subCohort().includes(birthDate)) {
                windows.add(new PersonalWindow(PersonalWindow.Kind.CATCH_UP, windowFor(c.day()), c.day()));
            }
        }
        if (openPeriod != null) {
            windows.add(openPeriodWindow());
        }
        windows.sort(Comparator.comparing(w -> w.window().opensAt()));
        return List.copyOf(windows);
    }

    /** Every window of the campaign, whoever it is for, by opening time (a day shared by digits appears once). */
    public List<PersonalWindow> allWindows() {
        List<PersonalWindow> windows = new ArrayList<>();
        for (LocalDate day : digits.bookingDays()) {
            windows.add(new PersonalWindow(PersonalWindow.Kind.DIGIT_DAY, windowFor(day), day));
        }
        for (CatchUpWindow c : catchUp) {
            PersonalWindow w = new PersonalWindow(PersonalWindow.Kind.CATCH_UP, windowFor(c.day()), c.day());
            if (!windows.contains(w)) {
                windows.add(w);
            }
        }
        if (openPeriod != null) {
            windows.add(openPeriodWindow());
        }
        windows.sort(Comparator.comparing(w -> w.window().opensAt()));
        return List.copyOf(windows);
    }

    /**
     * The campaign's current windows: those open at {@code now}, or if none is, those opening next
     * (several only when catch-up windows for different groups share a day); empty once all are over.
     */
    public List<PersonalWindow> currentWindows(Instant now) {
        List<PersonalWindow> all = allWindows();
        List<PersonalWindow> open = all.stream().filter(w -> w.window().isOpenAt(now)).toList();
        if (!open.isEmpty()) {
            return open;
        }
        return all.stream().map(w -> w.window().opensAt()).filter(now::isBefore).min(Instant::compareTo)
                .map(next -> all.stream().filter(w -> w.window().opensAt().equals(next)).toList())
                .orElse(List.of());
    }

    /** When the first window of the campaign opens. */
    public Instant firstOpening() {
        return allWindows().getFirst().window().opensAt();
    }

    /** When the last window of the campaign closes; nobody may book from then on. */
    public Instant finalClosing() {
        return allWindows().stream().map(w -> w.window().closesAt()).max(Instant::compareTo).orElseThrow();
    }

    private PersonalWindow openPeriodWindow() {
        return new PersonalWindow(PersonalWindow.Kind.OPEN_PERIOD,
                span(openPeriod.firstDay(), openPeriod.lastDay()), openPeriod.firstDay());
    }
}
