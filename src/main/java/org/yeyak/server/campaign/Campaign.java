package org.yeyak.server.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yeyak.rules.CampaignSchedule;

/**
 * A vaccination campaign: who may book when ({@link CampaignSchedule}: cohort, digit days,
 * windows, catch-up, open period), on which vaccination dates, with which vaccine.
 *
 * @param id                        short stable id, e.g. {@code demo-18-49}
 * @param vaccinationFrom           first vaccination date (inclusive)
 * @param vaccinationTo             last vaccination date (inclusive); every day in between is one
 * @param vialSize                  doses per vial (6 Pfizer, 10 Moderna/AstraZeneca): stock is whole vials
 * @param assistedFollowsDigitDays  true: staff-assisted bookings keep to the person's digit day like
 *                                  online ones; false: staff may book anyone in the cohort while the
 *                                  campaign runs (see {@link Tranches#forAssisted})
 */
public record Campaign(String id, String name, CampaignSchedule schedule, LocalDate vaccinationFrom,
                       LocalDate vaccinationTo, String vaccine, int vialSize, boolean assistedFollowsDigitDays) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(vaccinationFrom, "vaccinationFrom");
        Objects.requireNonNull(vaccinationTo, "vaccinationTo");
        Objects.requireNonNull(vaccine, "vaccine");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("campaign id must be lower-case letters, digits and dashes");
        }
        if (vaccinationTo.isBefore(vaccinationFrom)) {
            throw new IllegalArgumentException("vaccination period ends before it starts");
        }
        if (vialSize < 1) {
            throw new IllegalArgumentException("vial size must be at least 1");
        }
    }

    /** Every vaccination date, ascending. */
    public List<LocalDate> vaccinationDates() {
        return vaccinationFrom.datesUntil(vaccinationTo.plusDays(1)).toList();
    }

    public boolean vaccinatesOn(LocalDate date) {
        return !date.isBefore(vaccinationFrom) && !date.isAfter(vaccinationTo);
    }
}
