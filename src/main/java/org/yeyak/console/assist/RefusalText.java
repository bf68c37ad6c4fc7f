package org.yeyak.console.assist;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.yeyak.client.ApiProblemException;
import org.yeyak.client.Problem;
import org.yeyak.client.assist.AssistEligibility;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;

/**
 * A refusal in words a staff member can read out to the caller, in the console's language:
 * "Your booking window opens on Tuesday 10 August at 8:00 PM." The server's codes
 * ({@code ALREADY_BOOKED}, {@code SLOT_FULL}, {@code NOT_ELIGIBLE} with its {@code reason},
 * {@code WINDOW_NOT_OPEN}, {@code WINDOW_CLOSED}) each have a sentence; anything else falls back
 * to the server's own title and detail.
 */
public final class RefusalText {
    private RefusalText() {
    }

    /** Why the person may not be booked now, or null when they may. */
    public static String of(AssistEligibility e, I18n i18n) {
        if (e == null || e.eligible()) {
            return null;
        }
        String s = sentence(e.why(), e.opensAt(), i18n);
        return s != null ? s : e.detail();
    }

    /** The sentence for a failed call. */
    public static String of(Throwable error, I18n i18n) {
        if (error instanceof ApiProblemException p) {
            Problem problem = p.problem();
            String code = problem.code() == null ? "" : problem.code();
            String key = "NOT_ELIGIBLE".equals(code) ? problem.extension("reason") : code;
            String s = sentence(key, opensAt(problem.extension("opensAt")), i18n);
            if (s != null) {
                return s;
            }
        }
        return ErrorText.of(error, i18n).line();
    }

    /** The stable code of a failed call (for the history), or null when the server did not answer. */
    public static String code(Throwable error) {
        if (error instanceof ApiProblemException p) {
            String reason = p.problem().extension("reason");
            return "NOT_ELIGIBLE".equals(p.code()) && reason != null ? reason : p.code();
        }
        return null;
    }

    /** The refusals that come from the booking rules (as opposed to input or server errors). */
    public static boolean isRuleRefusal(String code) {
        return code != null && java.util.Set.of("ALREADY_BOOKED", "SLOT_FULL", "COHORT", "NOT_YOUR_DAY",
                "WINDOW_NOT_OPEN", "WINDOW_CLOSED", "NOT_ELIGIBLE").contains(code);
    }

    /** The look-up's reference ran out (30 minutes) or belongs to someone else: look the person up again. */
    public static boolean personRefExpired(Throwable error) {
        return error instanceof ApiProblemException p && "INVALID_INPUT".equals(p.code())
                && "personRef".equals(p.problem().extension("field"));
    }

    private static String sentence(String reason, OffsetDateTime opensAt, I18n i18n) {
        if (reason == null) {
            return null;
        }
        String key = "assist.refusal." + reason;
        if (opensAt != null && i18n.has(key + ".at")) {
            return i18n.get(key + ".at", when(opensAt, i18n));
        }
        return i18n.has(key) ? i18n.get(key) : null;
    }

    /** "Tuesday 10 August at 8:00 PM" / "8월 10일 (화) 오후 8:00", in the campaign's zone as the server gave it. */
    public static String when(OffsetDateTime t, I18n i18n) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(i18n.korean() ? "M월 d일 (E) a h:mm" : "EEEE d MMMM 'at' h:mm a",
                i18n.locale());
        return f.format(t);
    }

    private static OffsetDateTime opensAt(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
