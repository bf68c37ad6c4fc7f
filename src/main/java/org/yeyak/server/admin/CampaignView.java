package org.yeyak.server.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.rules.PersonalWindow;
import org.yeyak.rules.ScheduleWarning;
import org.yeyak.server.campaign.Campaign;

/**
 * A campaign as officials see it: the form's fields, plus every window with its opening and
 * closing instants in the campaign's zone, and the digit schedule's warnings with the proposed
 * fix (null when there is nothing to fix). {@code digitDates} lists every day of each digit, so a
 * double shows as two dates.
 */
public record CampaignView(String id, String name, CampaignForm.CohortForm cohort, Map<String, List<LocalDate>> digitDates,
                           List<LocalDate> bookingDays, String zone, LocalTime opensAt, LocalTime closesAt,
                           List<CampaignForm.CatchUpForm> catchUp, CampaignForm.OpenPeriodForm openPeriod,
                           LocalDate vaccinationFrom, LocalDate vaccinationTo, String vaccine, int vialSize,
                           boolean assistedFollowsDigitDays, List<WindowView> windows, ScheduleCheck schedule) {

    public record WindowView(PersonalWindow.Kind kind, LocalDate day, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    }

    /** The month-end check: gaps and doubles, and the sequential schedule that has neither. */
    public record ScheduleCheck(List<ScheduleWarning> warnings, Map<String, LocalDate> proposedFix) {
        public static ScheduleCheck of(DigitSchedule digits) {
            List<ScheduleWarning> w = digits.warnings();
            Map<String, LocalDate> fix = null;
            if (!w.isEmpty()) {
                fix = new TreeMap<>();
                for (var e : digits.proposedFix().dates().entrySet()) {
                    fix.put(String.valueOf(e.getKey()), e.getValue());
                }
            }
            return new ScheduleCheck(w, fix);
        }
    }

    public static CampaignView of(Campaign k) {
        CampaignSchedule s = k.schedule();
        List<WindowView> windows = s.allWindows().stream()
                .map(w -> new WindowView(w.kind(), w.day(), OffsetDateTime.ofInstant(w.window().opensAt(), s.zone()),
                        OffsetDateTime.ofInstant(w.window().closesAt(), s.zone())))
                .toList();
        return new CampaignView(k.id(), k.name(), new CampaignForm.CohortForm(s.cohort().bornFrom(), s.cohort().bornTo()),
                digitDates(s.digits()), s.digits().bookingDays(), s.zone().getId(), s.opensAt(), s.closesAt(),
                s.catchUp().stream().map(c -> new CampaignForm.CatchUpForm(c.label(), c.subCohort().bornFrom(),
                        c.subCohort().bornTo(), c.day())).toList(),
                s.openPeriod() == null ? null : new CampaignForm.OpenPeriodForm(s.openPeriod().firstDay(), s.openPeriod().lastDay()),
                k.vaccinationFrom(), k.vaccinationTo(), k.vaccine(), k.vialSize(), k.assistedFollowsDigitDays(),
                windows, ScheduleCheck.of(s.digits()));
    }

    static Map<String, List<LocalDate>> digitDates(DigitSchedule d) {
        Map<String, List<LocalDate>> out = new TreeMap<>();
        d.allDates().forEach((digit, days) -> out.put(String.valueOf(digit), days));
        return out;
    }
}
