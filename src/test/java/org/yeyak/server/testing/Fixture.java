package org.yeyak.server.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.demo.DemoData;
import org.yeyak.server.store.Database;

/**
 * A small, known data set under the demo campaign's id: the 17 provinces, three Seoul clinics
 * and one in Busan, and {@code doses} doses in the first booking day's tranche (2021-08-09) of
 * every clinic on 2021-08-26 and 2021-08-27. Seeded before a {@code --demo} server starts, it
 * stands in for the (larger) demo data set, which then is not loaded, while the demo clock runs.
 */
public final class Fixture {
    public static final LocalDate DAY1 = LocalDate.of(2021, 8, 26);
    public static final LocalDate DAY2 = LocalDate.of(2021, 8, 27);
    public static final String TRANCHE = "2021-08-09";
    public static final List<String> CLINICS = List.of("k-seoul-1", "k-seoul-2", "k-seoul-3", "k-busan-1");

    private Fixture() {
    }

    /** Seeds the store at {@code dataDir} (H2) or {@code url} (PostgreSQL). */
    public static void seed(Path dataDir, String url, int doses) {
        try (Database db = Database.open(dataDir, url, url == null ? null : "postgres", url == null ? null : "")) {
            seed(db.dataSource(), doses);
        }
    }

    public static void seed(DataSource ds, int doses) {
        Clock clock = Clock.systemUTC();
        new RegionStore(ds).saveAll(DemoData.provinces());
        ClinicStore clinics = new ClinicStore(ds);
        clinics.add(new Clinic("k-seoul-1", "11", "서울 강남구 하나내과의원", "서울특별시 강남구 테헤란로 1", null, 60, true));
        clinics.add(new Clinic("k-seoul-2", "11", "서울 마포구 연세가정의학과의원", "서울특별시 마포구 월드컵로 2", null, 60, true));
        clinics.add(new Clinic("k-seoul-3", "11", "서울 종로구 중앙병원", "서울특별시 종로구 종로 3", "Moderna", 60, true));
        clinics.add(new Clinic("k-busan-1", "26", "부산 해운대구 바른의원", "부산광역시 해운대구 중앙로 4", null, 60, true));
        new CampaignStore(ds, clock).save(DemoCampaign.campaign());
        List<StockCell> cells = new ArrayList<>();
        for (String k : CLINICS) {
            cells.add(new StockCell(k, DAY1, TRANCHE, doses, doses));
            cells.add(new StockCell(k, DAY2, TRANCHE, doses, doses));
        }
        new StockStore(ds).allocate(DemoCampaign.ID, cells);
    }
}
