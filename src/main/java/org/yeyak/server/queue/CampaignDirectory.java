package org.yeyak.server.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yeyak.rules.Eligibility;
import org.yeyak.rules.EligibilityResult;
import org.yeyak.rules.RefusalReason;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.http.ApiError;

/**
 * The campaigns a citizen can queue for, re-read from the store at most once a second per
 * node. When a citizen does not name one, the campaign meant is the one that fits them best
 * now: one whose window for them is open, else one they will be able to book in later, else
 * one whose cohort includes them, else (for the refusal) the first.
 */
public final class CampaignDirectory {
    private static final long TTL_NANOS = 1_000_000_000L;
    private final Supplier<List<Campaign>> source;
    private volatile List<Campaign> cached = List.of();
    private volatile long readAt;

    public CampaignDirectory(CampaignStore store) {
        this(store::list);
    }

    CampaignDirectory(Supplier<List<Campaign>> source) {
        this.source = source;
        this.readAt = System.nanoTime() - 2 * TTL_NANOS;
    }

    public List<Campaign> all() {
        long now = System.nanoTime();
        if (now - readAt > TTL_NANOS) {
            cached = source.get().stream().sorted(Comparator.comparing(Campaign::id)).toList();
            readAt = now;
        }
        return cached;
    }

    public Optional<Campaign> get(String id) {
        Optional<Campaign> c = all().stream().filter(k -> k.id().equals(id)).findFirst();
        if (c.isEmpty()) {
            readAt = System.nanoTime() - 2 * TTL_NANOS; // a campaign created a moment ago
            c = all().stream().filter(k -> k.id().equals(id)).findFirst();
        }
        return c;
    }

    /** The campaign named, or the one that fits this person best at {@code now}. */
    public Campaign choose(String requestedId, java.time.LocalDate birthDate, Instant now) {
        if (requestedId != null) {
            return get(requestedId).orElseThrow(() -> ApiError.notFound("No campaign '" + requestedId + "'."));
        }
        List<Campaign> all = all();
        if (all.isEmpty()) {
            throw ApiError.notFound("No vaccination campaign is set up.");
        }
        Campaign best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Campaign c : all) {
            int rank = rank(Eligibility.check(c.schedule(), birthDate, now));
            if (rank < bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(EligibilityResult r) {
        if (r.eligible()) {
            return 0;
        }
        return r.reason() == RefusalReason.WINDOW_NOT_OPEN ? 1
                : r.reason() == RefusalReason.NOT_YOUR_DAY ? 2
                : r.reason() == RefusalReason.WINDOW_CLOSED ? 3 : 4;
    }
}
