package org.yeyak.client;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.yeyak.rules.ScheduleWarning;

/**
 * A campaign as the server shows it to staff ({@code GET /api/v1/admin/campaigns}): the form's
 * fields, every window with its opening and closing instants, and the digit schedule's check
 * (month-end gaps and doubles, with the proposed fix).
 */
public record Campaign(String id, String name, CampaignForm.Cohort cohort, Map<String, List<LocalDate>> digitDates,
                       List<LocalDate> bookingDays, String zone, LocalTime opensAt, LocalTime closesAt,
                       List<CampaignForm.CatchUp> catchUp, CampaignForm.Period openPeriod,
                       LocalDate vaccinationFrom, LocalDate vaccinationTo, String vaccine, int vialSize,
                       boolean assistedFollowsDigitDays, List<Window> windows, ScheduleCheck schedule) {

    /** One booking window: {@code kind} is DIGIT_DAY, CATCH_UP or OPEN_PERIOD. */
    public record Window(String kind, LocalDate day, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    }

    /** Gaps and doubles of the digit schedule, and the sequential schedule that has neither (null when fine). */
    public record ScheduleCheck(List<ScheduleWarning> warnings, Map<String, LocalDate> proposedFix) {
    }
}
