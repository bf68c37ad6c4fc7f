package org.yeyak.server.demo;

import java.time.LocalDate;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.server.campaign.Campaign;

/**
 * The demo campaign of API.md, {@code demo-18-49}: born 1972-01-01 … 2003-12-31; ten booking days
 * 2021-08-09 … 2021-08-18, each serving the birth digit its day of month ends in; windows 20:00
 * that day → 18:00 the next, Asia/Seoul; vaccination 2021-08-26 … 2021-09-30 with Pfizer (vials
 * of 6). No catch-up or open period, so after 2021-08-19T18:00 every window is closed. Staff-assisted
 * bookings follow the same digit days (DESIGN.md: "assisted, audited, same rules").
 */
public final class DemoCampaign {
    public static final String ID = "demo-18-49";
    public static final LocalDate FIRST_BOOKING_DAY = LocalDate.of(2021, 8, 9);
    public static final LocalDate FIRST_VACCINATION = LocalDate.of(2021, 8, 26);
    public static final LocalDate LAST_VACCINATION = LocalDate.of(2021, 9, 30);
    public static final String VACCINE = "Pfizer";
    public static final int VIAL_SIZE = 6;

    private DemoCampaign() {
    }

    public static Campaign campaign() {
        Cohort cohort = new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31));
        CampaignSchedule schedule = CampaignSchedule.standard(cohort, DigitSchedule.fromStart(FIRST_BOOKING_DAY));
        return new Campaign(ID, "18–49세 사전예약 (demo)", schedule, FIRST_VACCINATION, LAST_VACCINATION,
                VACCINE, VIAL_SIZE, true);
    }
}
