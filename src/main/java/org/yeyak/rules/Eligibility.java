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
 * On the morning of a person's digit day the previous day's window (another digit's) is still open
 * until the closing time, so until then it is {@code NOT_YOUR_DAY}, as API.md orders it. Someone in
 * the cohort with no window at all (their digit is a gap in a schedule published despite its
 * warnings, and no catch-up covers them) is told {@code WINDOW_CLOSED}.
 */
public final class Eligibility {
    private Eligibility() {
    }

    /** The same check for the person a verified resident id names. */
    public static EligibilityResult check(CampaignSchedule schedule, ResidentId person, Instant now) {
        return check(schedule, person.birthDate(), now);
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
        List<PersonalWindow> current = schedule.currentWindows(now);
        boolean currentIsMine = current.stream().anyMatch(mine::contains);
        return EligibilityResult.refused(currentIsMine ? RefusalReason.WINDOW_NOT_OPEN : RefusalReason.NOT_YOUR_DAY,
                next.window().opensAt());
    }
}
