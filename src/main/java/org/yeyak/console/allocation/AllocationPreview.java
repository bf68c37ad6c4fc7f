package org.yeyak.console.allocation;

import java.time.LocalDate;
import java.util.List;
import org.yeyak.client.AllocationAnswer;
import org.yeyak.client.Campaign;
import org.yeyak.rules.alloc.Allocation;
import org.yeyak.rules.alloc.AllocationSummary;

/**
 * A computed preview: the server's answer (its totals are what apply will write) and the same
 * allocation computed here cell by cell for the clinics × dates table and the CSV export.
 * {@code matchesServer} is false when the two differ (doses already booked, which only the
 * server knows, or a vial size not yet saved): the table is then an approximation and says so.
 */
public record AllocationPreview(Campaign campaign, AllocationAnswer server, Allocation local, List<LocalDate> dates,
                                List<ClinicRow> rows, boolean matchesServer, int vialSize) {

    /** One clinic: doses per vaccination date (all tranches together), total, and capacity per day. */
    public record ClinicRow(String id, String name, String region, String regionName, int dailyCapacity,
                            int[] dosesPerDate, long total) {
        public int doses(int date) {
            return dosesPerDate[date];
        }
    }

    /** The totals to show: the server's when it answered, else the local ones. */
    public AllocationSummary summary() {
        return server != null && matchesServer ? server.summary() : local.summary();
    }
}
