package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.CatchUpWindow;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.rules.OpenPeriod;
import org.yeyak.server.audit.AuditEntry;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.http.ApiError;

/**
 * The store's behaviour, run unchanged against H2 ({@link H2StoreTest}) and a real PostgreSQL
 * ({@link PostgresStoreTest}).
 */
abstract class StoreContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-08-09T11:00:00Z"), ZoneOffset.UTC);
    static final LocalDate DAY = LocalDate.of(2021, 8, 26);

    @TempDir
    Path data;
    Database db;
    RegionStore regions;
    ClinicStore clinics;
    CampaignStore campaigns;
    StockStore stock;
    AuditLog audit;

    abstract StoreKind kind();

    @BeforeEach
    void open() {
        db = kind().open(data);
        regions = new RegionStore(db.dataSource());
        clinics = new ClinicStore(db.dataSource());
        campaigns = new CampaignStore(db.dataSource(), CLOCK);
        stock = new StockStore(db.dataSource());
        audit = new AuditLog(db.dataSource(), CLOCK);
        regions.saveAll(List.of(new Region("11", "서울특별시", "Seoul", 9_509_458),
                new Region("26", "부산광역시", "Busan", 3_350_380)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storeReportsItsKind() {
        assertThat(db.kind().name()).isEqualTo(kind() == StoreKind.H2 ? "H2" : "POSTGRES");
    }

    @Test
    void clinicsAreListedByRegionAndCanBeUpdated() {
        clinics.add(new Clinic("c1", "11", "서울 강남구 가나내과의원", "서울 강남구 테헤란로 1", null, 60, true));
        clinics.add(new Clinic("c2", "26", "부산 해운대구 다라의원", "부산 해운대구 우동 2", "Pfizer", 30, true));
        Clinic fresh = clinics.add(new Clinic("", "11", "서울 종로구 마바의원", "서울 종로구 3", null, 90, true));

        assertThat(fresh.id()).startsWith("c-11-");
        assertThat(clinics.list("11")).extracting(Clinic::name)
                .containsExactly("서울 강남구 가나내과의원", "서울 종로구 마바의원");
        assertThat(clinics.list(null)).hasSize(3);

        clinics.update(new Clinic("c1", "11", "서울 강남구 가나내과", "서울 강남구 테헤란로 1", null, 120, false));
        assertThat(clinics.get("c1")).hasValueSatisfying(c -> {
            assertThat(c.dailyCapacity()).isEqualTo(120);
            assertThat(c.active()).isFalse();
        });
    }

    @Test
    void clinicInAnUnknownRegionIsRefusedAndNotWritten() {
        assertThatThrownBy(() -> clinics.add(new Clinic("c9", "99", "x", "y", null, 1, true)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("INVALID_INPUT"));
        assertThat(clinics.get("c9")).isEmpty();
        assertThatThrownBy(() -> clinics.update(new Clinic("nope", "11", "x", "y", null, 1, true)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void campaignRoundTripsWithItsWholeSchedule() {
        Cohort cohort = new Cohort(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31));
        // Ten days across a month end: the 31st and the 1st both serve digit 1 (a double).
        CampaignSchedule schedule = CampaignSchedule.standard(cohort, DigitSchedule.fromStart(LocalDate.of(2021, 8, 27)))
                .withCatchUp(List.of(new CatchUpWindow("1972-1981", new Cohort(LocalDate.of(1972, 1, 1),
                        LocalDate.of(1981, 12, 31)), LocalDate.of(2021, 9, 10))))
                .withOpenPeriod(new OpenPeriod(LocalDate.of(2021, 9, 12), LocalDate.of(2021, 9, 18)));
        Campaign c = new Campaign("fall-18-49", "가을 18–49", schedule, LocalDate.of(2021, 9, 20),
                LocalDate.of(2021, 10, 30), "Moderna", 10, false);
        campaigns.save(c);
        campaigns.save(DemoCampaign.campaign());

        assertThat(campaigns.get("fall-18-49")).contains(c);
        assertThat(campaigns.get("demo-18-49")).contains(DemoCampaign.campaign());
        assertThat(campaigns.list()).extracting(Campaign::id).containsExactly("demo-18-49", "fall-18-49");

        Campaign renamed = new Campaign("fall-18-49", "renamed", schedule, c.vaccinationFrom(), c.vaccinationTo(),
                "Moderna", 10, true);
        campaigns.save(renamed);
        assertThat(campaigns.get("fall-18-49")).contains(renamed);
    }

    @Test
    void aDoseIsTakenOnlyWhileOneIsLeftAndComesBackOnReturn() {
        seedClinicWithStock("c1", Map.of("2021-08-09", 1, "CATCHUP", 1));
        List<String> tranches = List.of("2021-08-09", "CATCHUP");

        var first = Tx.run(db.dataSource(), c -> StockStore.take(c, DemoCampaign.ID, "c1", DAY, tranches));
        var second = Tx.run(db.dataSource(), c -> StockStore.take(c, DemoCampaign.ID, "c1", DAY, tranches));
        var third = Tx.run(db.dataSource(), c -> StockStore.take(c, DemoCampaign.ID, "c1", DAY, tranches));

        assertThat(first).contains("2021-08-09");
        assertThat(second).contains("CATCHUP");
        assertThat(third).isEmpty();
        Tx.run(db.dataSource(), c -> {
            StockStore.giveBack(c, DemoCampaign.ID, "c1", DAY, "CATCHUP");
            StockStore.giveBack(c, DemoCampaign.ID, "c1", DAY, "CATCHUP"); // never above the allocation
            return null;
        });
        assertThat(stock.cells(DemoCampaign.ID, "c1")).extracting(StockCell::tranche, StockCell::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2021-08-09", 0),
                        org.assertj.core.groups.Tuple.tuple("CATCHUP", 1));
    }

    @Test
    void availabilitySumsOnlyTheDrawableTranches() {
        seedClinicWithStock("c1", Map.of("2021-08-09", 5, "2021-08-10", 7, "CATCHUP", 2));

        assertThat(stock.available(DemoCampaign.ID, "11", DAY, List.of("2021-08-09")))
                .isEqualTo(Map.of("c1", Map.of(DAY, 5)));
        assertThat(stock.available(DemoCampaign.ID, "11", null, List.of("2021-08-10", "CATCHUP")))
                .isEqualTo(Map.of("c1", Map.of(DAY, 9)));
        assertThat(stock.available(DemoCampaign.ID, "26", null, List.of("2021-08-10"))).isEmpty();
    }

    @Test
    void reallocationKeepsBookedDosesAndRefusesToGoBelowThem() {
        seedClinicWithStock("c1", Map.of("2021-08-09", 6));
        Tx.run(db.dataSource(), c -> StockStore.take(c, DemoCampaign.ID, "c1", DAY, List.of("2021-08-09")));

        stock.allocate(DemoCampaign.ID, List.of(new StockCell("c1", DAY, "2021-08-09", 12, 12)));
        assertThat(stock.cells(DemoCampaign.ID, "c1").get(0)).isEqualTo(new StockCell("c1", DAY, "2021-08-09", 12, 11));

        assertThatThrownBy(() -> stock.allocate(DemoCampaign.ID, List.of(new StockCell("c1", DAY, "2021-08-09", 0, 0))))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("STOCK_BELOW_BOOKED"));
        assertThat(stock.cells(DemoCampaign.ID, "c1").get(0).allocated()).isEqualTo(12);
        assertThat(stock.totalsByRegion(DemoCampaign.ID).get("11")).containsExactly(12, 11);
    }

    @Test
    void auditChainVerifiesAndDetectsTampering() {
        audit.append(new AuditEntry("system", "DEMO_LOADED", null, Map.of("clinics", 3)));
        Tx.run(db.dataSource(), c -> audit.append(c, List.of(
                new AuditEntry("staff:official", "CLINIC_ADDED", "c1", Map.of("region", "11")),
                new AuditEntry("citizen:abc", "BOOKING_CREATED", "b1", Map.of("clinicId", "c1")))));
        try {
            Tx.run(db.dataSource(), c -> {
                audit.append(c, List.of(new AuditEntry("citizen:abc", "BOOKING_CREATED", "b2", Map.of())));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the event of a rolled-back transaction leaves no trace
        }

        AuditLog.Verification ok = audit.verify();
        assertThat(ok.intact()).isTrue();
        assertThat(ok.events()).isEqualTo(3);
        assertThat(audit.list(0, 10)).extracting(e -> e.subject()).containsExactly(null, "c1", "b1");

        Tx.run(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_events SET subject = 'b9' WHERE seq = 3")) {
                return ps.executeUpdate();
            }
        });
        AuditLog.Verification broken = audit.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.brokenAt()).isEqualTo(3L);
    }

    void seedClinicWithStock(String clinicId, Map<String, Integer> perTranche) {
        campaigns.save(DemoCampaign.campaign());
        clinics.add(new Clinic(clinicId, "11", "서울 강남구 가나내과의원", "서울 강남구 테헤란로 1", null, 60, true));
        stock.allocate(DemoCampaign.ID, perTranche.entrySet().stream()
                .map(e -> new StockCell(clinicId, DAY, e.getKey(), e.getValue(), e.getValue())).toList());
    }
}
