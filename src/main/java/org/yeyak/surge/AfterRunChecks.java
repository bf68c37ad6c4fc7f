package org.yeyak.surge;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The invariants, read from the server around a run: the clinics' stock through an auditor
 * (an extra eligible citizen who is admitted and never books), each citizen's own bookings,
 * and — with a staff password — the analysts' booking report per province.
 */
final class AfterRunChecks {
    /**
     * Each node lists clinics from its own copy of the stock, exact for its own bookings and
     * re-read from the store when older than 10 s (the server's {@code yeyak.stock.mirrorMaxAge}).
     * With several nodes the stock after the run is read once that copy must have been renewed:
     * after 11 s, or {@code -Dyeyak.surge.clusterStockSettle} (an ISO duration) when the servers
     * were started with another max age.
     */
    static final Duration CLUSTER_STOCK_SETTLE = Duration.ofSeconds(11);
    private final SurgeConfig config;
    private final Population people;
    private final RunContext auditCtx;
    private final StaffReport staff;
    private final StringBuilder stockNote = new StringBuilder();
    private Map<StockAudit.Key, Integer> stockBefore;
    private Map<String, StaffReport.Region> regionsBefore;
    private String staffNote;

    /**
     * With several nodes the stock is audited and the staff report read through the first (both
     * come from the one store), and each citizen's bookings through the node they used.
     */
    AfterRunChecks(SurgeConfig config, OkHttpClient http, ClientLanes lanes, List<HttpUrl> nodes,
                   Population people) {
        this.config = config;
        this.people = people;
        // The auditors' requests are tallied apart: they are not part of the surge.
        SurgeStats auditStats = new SurgeStats(System.nanoTime());
        this.auditCtx = new RunContext(CitizenApi.forNodes(lanes, nodes, auditStats), auditStats, config);
        this.staff = config.staffPassword() == null ? null
                : new StaffReport(http, nodes.getFirst(), config.staffUser(), config.staffPassword(), config.campaignId());
        this.staffNote = staff == null ? "no staff password given" : null;
    }

    /** Before the first arrival. */
    void readBefore() throws InterruptedException {
        if (!config.checkInvariants()) {
            return;
        }
        // With a pre-open lead the window is still closed, so nobody (not even the auditor) can
        // read stock before the run: then only the stock after the run is checked.
        if (config.preOpen().isZero()) {
            stockBefore = StockAudit.snapshot(auditCtx, people.auditor(0), stockNote);
        } else {
            stockNote.append("the window was not open before the run (pre-open lead)");
        }
        if (staff != null) {
            try {
                regionsBefore = staff.read();
            } catch (IllegalStateException e) {
                staffNote = e.getMessage();
            }
        }
    }

    /** One booking per person (each citizen's own view) and the clinics' stock. */
    SurgeReport.Invariants invariants(Collection<RunContext.Visit> visits) throws InterruptedException {
        if (!config.checkInvariants()) {
            return SurgeReport.Invariants.skipped("not asked for");
        }
        StringBuilder afterNote = new StringBuilder();
        if (auditCtx.apis.size() > 1) {
            Thread.sleep(Duration.parse(System.getProperty("yeyak.surge.clusterStockSettle",
                    CLUSTER_STOCK_SETTLE.toString())).toMillis());
        }
        Map<StockAudit.Key, Integer> after = StockAudit.snapshot(auditCtx, people.auditor(1), afterNote);
        stockNote.append(stockNote.isEmpty() || afterNote.isEmpty() ? "" : "; ").append(afterNote);
        return InvariantCheck.check(auditCtx.apis, visits, stockBefore, after, stockNote.toString());
    }

    /** The staff report's province ledger, or null when no staff password was given. */
    SurgeReport.RegionLedger regionLedger(Collection<RunContext.Visit> visits) {
        if (staff == null || !config.checkInvariants()) {
            return null;
        }
        if (regionsBefore == null) {
            return SurgeReport.RegionLedger.skipped(staffNote);
        }
        try {
            return StaffReport.compare(regionsBefore, staff.read(), StaffReport.byRegion(visits));
        } catch (IllegalStateException e) {
            return SurgeReport.RegionLedger.skipped(e.getMessage());
        }
    }
}
