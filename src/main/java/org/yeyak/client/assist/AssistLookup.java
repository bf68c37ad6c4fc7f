package org.yeyak.client.assist;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@code POST /api/v1/assist/lookup}: the person (masked, with a {@code personRef}
 * that names them in the following calls for 30 minutes, so the console can forget the number)
 * and, per campaign, their eligibility, standing booking and every booking they had.
 */
public record AssistLookup(Person person, List<CampaignStatus> campaigns) {
    public AssistLookup {
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
    }

    public record Person(String personRef, String maskedResidentId, LocalDate birthDate) {
    }

    public record CampaignStatus(String campaignId, String name, String vaccine, boolean assistedFollowsDigitDays,
                                 AssistEligibility eligibility, AssistBooking booking, List<AssistBooking> history) {
    }

    /** The status in one campaign, or null when the answer has none for it. */
    public CampaignStatus in(String campaignId) {
        return campaigns.stream().filter(c -> c.campaignId().equals(campaignId)).findFirst().orElse(null);
    }
}
