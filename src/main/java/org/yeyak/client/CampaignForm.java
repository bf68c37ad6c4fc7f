package org.yeyak.client;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A campaign as an official sends it ({@code POST /api/v1/admin/campaigns},
 * {@code PUT /api/v1/admin/campaigns/{id}}). {@code digitDates}: digit ("0"–"9") → its booking
 * day(s); or leave it null and give {@code firstBookingDay} with {@code digitRule}
 * ({@code SEQUENTIAL} or {@code DAY_OF_MONTH}).
 */
public record CampaignForm(String id, String name, Cohort cohort, Map<String, List<LocalDate>> digitDates,
                           LocalDate firstBookingDay, String digitRule, String zone, LocalTime opensAt,
                           LocalTime closesAt, List<CatchUp> catchUp, Period openPeriod, LocalDate vaccinationFrom,
                           LocalDate vaccinationTo, String vaccine, Integer vialSize,
                           Boolean assistedFollowsDigitDays) {

    /** Born between the two dates, inclusive. */
    public record Cohort(LocalDate bornFrom, LocalDate bornTo) {
    }

    /** A catch-up day for a sub-cohort, after the ten digit days. */
    public record CatchUp(String label, LocalDate bornFrom, LocalDate bornTo, LocalDate day) {
    }

    /** The open period: anyone in the cohort may book or change, first day to last day. */
    public record Period(LocalDate firstDay, LocalDate lastDay) {
    }
}
