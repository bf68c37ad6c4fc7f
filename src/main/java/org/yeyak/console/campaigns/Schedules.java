package org.yeyak.console.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yeyak.rules.DigitSchedule;

/** Between the server's JSON shapes and the rules' types. */
final class Schedules {
    private Schedules() {
    }

    /** The server lists every day of each digit; two days only come from the day-of-month rule. */
    static DigitSchedule fromServer(Map<String, List<LocalDate>> digitDates) {
        Map<Integer, LocalDate> firsts = new TreeMap<>();
        boolean doubles = false;
        LocalDate first = null;
        for (Map.Entry<String, List<LocalDate>> e : digitDates.entrySet()) {
            List<LocalDate> days = e.getValue();
            if (days.isEmpty()) {
                continue;
            }
            firsts.put(Integer.parseInt(e.getKey()), days.getFirst());
            doubles |= days.size() > 1;
            for (LocalDate d : days) {
                first = first == null || d.isBefore(first) ? d : first;
            }
        }
        return doubles ? DigitSchedule.fromStart(first) : DigitSchedule.of(firsts);
    }

    /** The form field a server problem's {@code field} names (e.g. {@code cohort.bornTo}), or null. */
    static CampaignFormViewModel.Field fieldOf(String serverField) {
        if (serverField == null) {
            return null;
        }
        return switch (serverField) {
            case "id" -> CampaignFormViewModel.Field.ID;
            case "name" -> CampaignFormViewModel.Field.NAME;
            case "cohort.bornFrom" -> CampaignFormViewModel.Field.BORN_FROM;
            case "cohort.bornTo", "cohort" -> CampaignFormViewModel.Field.BORN_TO;
            case "opensAt" -> CampaignFormViewModel.Field.OPENS_AT;
            case "closesAt" -> CampaignFormViewModel.Field.CLOSES_AT;
            case "openPeriod.firstDay" -> CampaignFormViewModel.Field.OPEN_FROM;
            case "openPeriod.lastDay" -> CampaignFormViewModel.Field.OPEN_TO;
            case "vaccinationFrom" -> CampaignFormViewModel.Field.VACCINATION_FROM;
            case "vaccinationTo" -> CampaignFormViewModel.Field.VACCINATION_TO;
            case "vaccine" -> CampaignFormViewModel.Field.VACCINE;
            case "vialSize" -> CampaignFormViewModel.Field.VIAL_SIZE;
            default -> serverField.startsWith("catchUp") ? CampaignFormViewModel.Field.CATCH_UP
                    : serverField.startsWith("digitDates") ? CampaignFormViewModel.Field.FIRST_DAY : null;
        };
    }
}
