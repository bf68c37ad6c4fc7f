package org.yeyak.server.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.yeyak.rules.BookingWindow;
import org.yeyak.rules.Eligibility;
import org.yeyak.rules.EligibilityResult;
import org.yeyak.rules.PersonalWindow;
import org.yeyak.server.http.ApiError;

/**
 * May this person book in this campaign now, and from which tranches? The server's own check
 * (DESIGN.md rule 6): whatever the client or an admission token says, nothing is accepted outside
 * the person's windows. Refusals are the API.md ones: {@code 403 NOT_ELIGIBLE} with
 * {@code reason} {@code COHORT} or {@code NOT_YOUR_DAY} (+ {@code opensAt}),
 * {@code 403 WINDOW_NOT_OPEN} (+ {@code opensAt}), {@code 403 WINDOW_CLOSED}.
 *
 * @param window    the person's open window (null for an assisted booking that ignores digit days)
 * @param tranches  the tranches to draw from, in order ({@link Tranches})
 */
public record BookingAccess(PersonalWindow window, List<String> tranches) {

    /** An online booking (or an assisted one when the campaign says staff follow digit days). */
    public static BookingAccess online(Campaign campaign, LocalDate birthDate, Instant now) {
        EligibilityResult r = Eligibility.check(campaign.schedule(), birthDate, now);
        if (!r.eligible()) {
            throw refusal(campaign, r);
        }
        return new BookingAccess(r.window(), Tranches.drawable(campaign.schedule(), r.window(), now));
    }

    /**
     * A staff-assisted booking: as {@link #online} when the campaign's
     * {@code assistedFollowsDigitDays} is set; otherwise anyone in the cohort, from the first
     * window's opening until the last window closes.
     */
    public static BookingAccess assisted(Campaign campaign, LocalDate birthDate, Instant now) {
        if (campaign.assistedFollowsDigitDays()) {
            return online(campaign, birthDate, now);
        }
        var schedule = campaign.schedule();
        if (!schedule.cohort().includes(birthDate)) {
            throw notEligible("COHORT", null, campaign);
        }
        List<PersonalWindow> all = schedule.allWindows();
        BookingWindow first = all.get(0).window();
        BookingWindow last = all.stream().map(PersonalWindow::window)
                .max(java.util.Comparator.comparing(BookingWindow::closesAt)).orElseThrow();
        if (first.isAheadOf(now)) {
            throw new ApiError(403, "WINDOW_NOT_OPEN", "Window not open", "Booking has not opened yet.")
                    .with("opensAt", at(first.opensAt(), campaign));
        }
        if (last.hasClosedBy(now)) {
            throw new ApiError(403, "WINDOW_CLOSED", "Window closed", "Booking for this campaign has closed.");
        }
        return new BookingAccess(null, Tranches.forAssisted(schedule, now));
    }

    /** The API.md refusal for an ineligible result. */
    public static ApiError refusal(Campaign campaign, EligibilityResult r) {
        return switch (r.reason()) {
            case COHORT -> notEligible("COHORT", null, campaign);
            case NOT_YOUR_DAY -> notEligible("NOT_YOUR_DAY", r.opensAt(), campaign);
            case WINDOW_NOT_OPEN -> new ApiError(403, "WINDOW_NOT_OPEN", "Window not open",
                    "Your booking window has not opened yet.").with("opensAt", at(r.opensAt(), campaign));
            case WINDOW_CLOSED -> new ApiError(403, "WINDOW_CLOSED", "Window closed",
                    "Your booking windows for this campaign are over.");
        };
    }

    private static ApiError notEligible(String reason, Instant opensAt, Campaign campaign) {
        String detail = "COHORT".equals(reason)
                ? "This campaign is for people born " + campaign.schedule().cohort().bornFrom() + " to "
                        + campaign.schedule().cohort().bornTo() + "."
                : "Today is not your booking day.";
        return new ApiError(403, "NOT_ELIGIBLE", "Not eligible", detail)
                .with("reason", reason)
                .with("opensAt", opensAt == null ? null : at(opensAt, campaign));
    }

    /** An instant as ISO-8601 with the campaign zone's offset ({@code 2021-08-10T20:00:00+09:00}). */
    private static String at(Instant t, Campaign campaign) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(t, campaign.schedule().zone()));
    }
}
