package org.yeyak.server.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.PersonalWindow;

/**
 * The stock tranches of a campaign, and which of them a booking may draw from at a moment.
 *
 * <p>Each clinic's doses for each vaccination date are split into one tranche per booking day
 * (DESIGN.md rule 7), named by the booking day's ISO date ({@code "2021-08-09"}), plus
 * {@value #CATCH_UP}. The rule:
 * <ul>
 *   <li>in a <b>digit-day</b> window, a booking draws only from that booking day's tranche, so
 *       people on day ten find the same choice as on day one;</li>
 *   <li>in a <b>catch-up</b> window or the <b>open period</b>, it draws from the leftovers of every
 *       booking day whose window has closed, oldest first, then from {@value #CATCH_UP};</li>
 *   <li>a <b>staff-assisted</b> booking outside the digit-day rule ({@link #forAssisted}) draws from
 *       every booking day whose window has opened, oldest first, then {@value #CATCH_UP}: a
 *       walk-in never takes the doses kept for a day still to come.</li>
 * </ul>
 * A cancelled booking returns its dose to the tranche it came from, so a dose freed on a past
 * day becomes a leftover for the catch-up period.
 */
public final class Tranches {
    public static final String CATCH_UP = "CATCHUP";

    private Tranches() {
    }

    /** The tranche of one booking day. */
    public static String ofDay(LocalDate bookingDay) {
        return bookingDay.toString();
    }

    /** Every tranche of the campaign: the booking days ascending, then {@value #CATCH_UP}. */
    public static List<String> all(CampaignSchedule schedule) {
        List<String> out = new ArrayList<>();
        schedule.digits().bookingDays().forEach(d -> out.add(ofDay(d)));
        out.add(CATCH_UP);
        return List.copyOf(out);
    }

    /** What a booking made in {@code window} (open at {@code now}) may draw from, in the order to try. */
    public static List<String> drawable(CampaignSchedule schedule, PersonalWindow window, Instant now) {
        if (window.kind() == PersonalWindow.Kind.DIGIT_DAY) {
            return List.of(ofDay(window.day()));
        }
        List<String> out = new ArrayList<>();
        for (LocalDate day : schedule.digits().bookingDays()) {
            if (schedule.windowFor(day).hasClosedBy(now)) {
                out.add(ofDay(day));
            }
        }
        out.add(CATCH_UP);
        return List.copyOf(out);
    }

    /** What a staff-assisted booking that ignores digit days may draw from at {@code now}. */
    public static List<String> forAssisted(CampaignSchedule schedule, Instant now) {
        List<String> out = new ArrayList<>();
        for (LocalDate day : schedule.digits().bookingDays()) {
            if (!schedule.windowFor(day).isAheadOf(now)) {
                out.add(ofDay(day));
            }
        }
        out.add(CATCH_UP);
        return List.copyOf(out);
    }
}
