package org.yeyak.client.assist;

import java.time.LocalDate;

/**
 * The answer to a person look-up: masked identity, eligibility for the campaign, and the
 * active booking if any (null when none). The full resident id never comes back.
 */
public record AssistPerson(String maskedResidentId, String maskedName, LocalDate birthDate,
                           AssistEligibility eligibility, AssistBooking booking) {
}
