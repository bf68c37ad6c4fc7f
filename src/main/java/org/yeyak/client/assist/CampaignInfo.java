package org.yeyak.client.assist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the assist page needs of a campaign: its name, vaccine, vaccination dates and booking windows. */
public record CampaignInfo(String id, String name, String zone, LocalDate vaccinationFrom, LocalDate vaccinationTo,
                           String vaccine, List<Window> windows) {
    public CampaignInfo {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** One booking window (digit day, catch-up or open period). */
    public record Window(String kind, LocalDate day, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    }

    /** True while some window is open or still to come at {@code now}. */
    public boolean runsAt(java.time.Instant now) {
        return windows.stream().anyMatch(w -> w.closesAt() != null && w.closesAt().toInstant().isAfter(now));
    }
}
