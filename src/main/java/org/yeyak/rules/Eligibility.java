package org.yeyak.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a person may book at an instant, and if not, why.
 *
 * <p>In this order:
 * <ol>
 *   <li>born outside the cohort → {@code COHORT};</li>
 *   <li>one of the person's windows is open → eligible;</li>
 *   <li>none of the person's windows is still ahead → {@code WINDOW_CLOSED};</li>
 *   <li>the campaign's current window (the one open now, or else the one opening next — a digit
 *       day, a catch-up day or the open period) is not one of this person's → {@code NOT_YOUR_DAY},
 *       with {@code opensAt} their next window;</li>
 *   <li>otherwise the current window is theirs but not open yet → {@code WINDOW_NOT_OPEN}, with
 *       {@code opensAt}.</li>
 * </ol>
 * A catch-up day of another sub-cohort counts as "not your day", as citizens would read it.
 * Between the last digit day and a catch-up day nobody's window is current except the next one,
 * so a member of that catch-up gets {@code WINDOW_NOT_OPEN} and the others {@code NOT_YOUR_DAY}.
 */
public final class Eligibility {
    private Eligibility() {
    }

    public static EligibilityResult check(CampaignSchedule schedule, LocalDate birthDate, Instant now) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(now, "now");
        if (!schedule.cohort().includes(birthDate)) {
            return EligibilityResult.refused(RefusalReason.COHORT, null);
        }
        List<PersonalWindow> mine = schedule.windowsOf(birthDate);
        for (PersonalWindow w : mine) {
            if (w.window().isOpenAt(now)) {
                return EligibilityResult.eligible(w);
            }
        }
        PersonalWindow next = mine.stream().filter(w -> w.window().isAheadOf(now)).findFirst().orElse(null);
        if (next == null) {
            return EligibilityResult.refused(RefusalReason.WINDOW_CLOSED, null);
        }
        List<PersonalWindow> current = currentWindows(schedule, now);
        boolean currentIsMine = current.stream().anyMatch(mine::contains);
        return EligibilityResult.refused(currentIsMine ? RefusalReason.WINDOW_NOT_OPEN : RefusalReason.NOT_YOUR_DAY,
                next.window().opensAt());
    }

    /** The campaign windows open at {@code now}, or if none is, those opening next. */
    static List<PersonalWindow> currentWindows(CampaignSchedule schedule, Instant now) {
        List<PersonalWindow> all = schedule.allWindows();
        List<PersonalWindow> open = all.stream().filter(w -> w.window().isOpenAt(now)).toList();
        if (!open.isEmpty()) {
            return open;
        }
        Instant nextOpening = all.stream().map(w -> w.window().opensAt()).filter(now::isBefore)
                .min(Instant::compareTo).orElse(null);
        if (nextOpening == null) {
            return List.of();
        }
        return all.stream().filter(w -> w.window().opensAt().equals(nextOpening)).toList();
    }
}
