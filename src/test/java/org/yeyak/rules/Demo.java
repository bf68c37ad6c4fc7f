package org.yeyak.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;

/** The demo campaign of API.md: born 1972–2003, ten days from 2021-08-09, 20:00 → 18:00 Asia/Seoul. */
final class Demo {
    static final Cohort COHORT = new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31));
    static final CampaignSchedule SCHEDULE =
            CampaignSchedule.standard(COHORT, DigitSchedule.fromStart(LocalDate.of(2021, 8, 9)));

    private Demo() {
    }

    /** An instant written as Seoul wall-clock time, e.g. {@code seoul(2021, 8, 9, 20, 0)}. */
    static Instant seoul(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(9)).toInstant();
    }
}
