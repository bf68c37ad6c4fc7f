package org.yeyak.server.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.rules.alloc.Allocation;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationRequest;
import org.yeyak.rules.alloc.StockAllocator;
import org.yeyak.server.audit.AuditEntry;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.campaign.Tranches;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.store.Tx;

/**
 * The demo data set of API.md, loaded once: the 17 provinces ({@code assets/provinces.csv}, on the
 * class path as {@code demo/provinces.csv}), the clinics of {@link DemoClinics}
 * ({@code assets/demo/clinics.csv}), the campaign {@link DemoCampaign}, and its stock. The stock fills every clinic's daily capacity in whole vials on every vaccination date,
 * split evenly over the ten booking days by {@link StockAllocator} (even per clinic); the
 * catch-up tranche starts empty (DESIGN.md rule 7: it receives what is left of the days).
 *
 * <p>Idempotent: a data folder (or database) that already holds the demo campaign is left as it
 * is, so bookings survive a restart.
 */
public final class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {
    }

    /** Loads the demo data set unless it is there already; true if it loaded it now. */
    public static boolean loadIfAbsent(DataSource ds, Clock clock, AuditLog audit) {
        if (new CampaignStore(ds, clock).get(DemoCampaign.ID).isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        log.info("Loading the demo data set (first start on this data folder only) ...");
        List<Region> regions = provinces();
        List<Clinic> clinics = DemoClinics.load();
        Campaign campaign = DemoCampaign.campaign();
        List<StockCell> stock = stock(campaign, clinics, regions);
        try {
            Tx.run(ds, c -> {
                RegionStore.saveAll(c, regions);
                ClinicStore.insertAll(c, clinics);
                CampaignStore.save(c, campaign, clock);
                StockStore.insertAll(c, campaign.id(), stock);
                audit.append(c, List.of(new AuditEntry("system", "DEMO_LOADED", campaign.id(), Map.of(
                        "regions", regions.size(), "clinics", clinics.size(), "stockCells", stock.size(),
                        "doses", stock.stream().mapToLong(StockCell::allocated).sum()))));
                return null;
            });
        } catch (RuntimeException e) {
            // Another node loaded it at the same moment: that is as good.
            if (new CampaignStore(ds, clock).get(DemoCampaign.ID).isPresent()) {
                return false;
            }
            throw e;
        }
        log.info("Demo data loaded: {} regions, {} clinics, {} stock cells in {} ms", regions.size(), clinics.size(),
                stock.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** The 17 provinces of {@code assets/provinces.csv} (on the class path as {@code demo/provinces.csv}). */
    public static List<Region> provinces() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/provinces.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/provinces.csv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Region> out = new ArrayList<>();
            r.readLine(); // code,name_en,name_ko,population_2021
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(new Region(f[0].strip(), f[2].strip(), f[1].strip(), Long.parseLong(f[3].strip())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every clinic's capacity on every vaccination date, in whole vials, evenly over the booking days. */
    static List<StockCell> stock(Campaign campaign, List<Clinic> clinics, List<Region> regions) {
        List<LocalDate> dates = campaign.vaccinationDates();
        List<String> tranches = campaign.schedule().digits().bookingDays().stream().map(Tranches::ofDay).toList();
        AllocationRequest.Builder req = AllocationRequest.builder()
                .vialSize(campaign.vialSize())
                .policy(AllocationPolicy.EVEN_PER_CLINIC)
                .dates(dates)
                .tranches(tranches)
                .rotationSeed(campaign.id().hashCode());
        long doses = 0;
        for (Clinic k : clinics) {
            int[] capacity = new int[dates.size()];
            Arrays.fill(capacity, k.dailyCapacity());
            req.clinic(k.id(), k.name(), k.region(), capacity);
            doses += (long) k.dailyCapacity() * dates.size();
        }
        regions.forEach(r -> req.regionPopulation(r.code(), r.population()));
        Allocation a = new StockAllocator().allocate(req.doses(doses).build());
        List<StockCell> out = new ArrayList<>();
        for (int c = 0; c < clinics.size(); c++) {
            for (int d = 0; d < dates.size(); d++) {
                for (int t = 0; t < tranches.size(); t++) {
                    int n = a.doses(c, d, t);
                    if (n > 0) {
                        out.add(new StockCell(clinics.get(c).id(), dates.get(d), tranches.get(t), n, n));
                    }
                }
            }
        }
        return out;
    }
}
