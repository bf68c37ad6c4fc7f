package org.yeyak.client;

import java.util.List;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationSummary;

/**
 * The server's answer to an allocation preview or apply: the tranche labels it used, the doses
 * allocated before, and the summary (per tranche, per vaccination date, per region, unplaced).
 */
public record AllocationAnswer(String campaignId, String vaccine, int vialSize, AllocationPolicy policy,
                               boolean includeCatchUp, List<String> tranches, long currentlyAllocatedDoses,
                               int cells, boolean applied, AllocationSummary summary) {
}
