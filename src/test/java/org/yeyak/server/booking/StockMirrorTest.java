package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Database;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;

/**
 * The node's in-memory copy of the stock (what citizens' clinic listings and the live figures
 * read) agrees with the store after bookings, cancellations and moves made through the booking
 * service from many threads, and after an official's reallocation once invalidated.
 */
class StockMirrorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-08-09T11:00:30Z"), ZoneOffset.UTC);
    private static final List<String> DAY_ONE = List.of(Fixture.TRANCHE);

    @TempDir
    Path data;
    Database db;
    BatchWriter writer;
    StockMirror mirror;
    BookingService service;
    StockStore stock;
    PersonKeys keys;

    @BeforeEach
    void open() {
        db = Database.open(data, null, null, null);
        Fixture.seed(db.dataSource(), 10);
        writer = new BatchWriter(db.dataSource(), new AuditLog(db.dataSource(), CLOCK), 64, 1);
        // A long maximum age: whatever the mirror shows here comes from its own bookkeeping.
        mirror = new StockMirror(db.dataSource(), Duration.ofHours(1));
        service = new BookingService(db.dataSource(), CLOCK, new CampaignStore(db.dataSource(), CLOCK),
                new ClinicStore(db.dataSource()), writer, mirror);
        stock = new StockStore(db.dataSource());
        keys = new PersonKeys(new ServerKeys(data));
    }

    @AfterEach
    void close() {
        writer.close();
        db.close();
    }

    @Test
    void listingFromMemoryMatchesTheStoreAfterConcurrentBookingsCancellationsAndMoves() throws Exception {
        assertThat(fromMirror(null, null)).isEqualTo(fromStore(null, null));
        List<Future<String>> booked = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 1; i <= 100; i++) {
                int n = i;
                booked.add(pool.submit(() -> {
                    String clinic = Fixture.CLINICS.get(n % Fixture.CLINICS.size());
                    LocalDate date = (n / 4) % 2 == 0 ? Fixture.DAY1 : Fixture.DAY2;
                    try {
                        return service.book(command(n, clinic, date)).booking().bookingId();
                    } catch (ApiError full) {
                        return null;   // SLOT_FULL: 100 people for 80 doses
                    }
                }));
            }
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : booked) {
            if (f.get() != null) {
                ids.add(f.get());
            }
        }
        assertThat(ids).hasSize(80);
        assertThat(fromMirror(null, null)).isEqualTo(fromStore(null, null));
        assertThat(fromMirror("11", Fixture.DAY1).values()).allSatisfy(perDate -> assertThat(perDate).containsOnly(
                Map.entry(Fixture.DAY1, 0)));

        service.cancel(ids.get(0), null, "test");
        service.cancel(ids.get(1), null, "test");
        service.cancel(ids.get(1), null, "test");   // a second cancel returns nothing more
        var moved = service.get(ids.get(2)).orElseThrow();
        var freed = service.get(ids.get(0)).orElseThrow();
        service.move(ids.get(2), null, ResidentId.parse(Residents.digitNine(3)).birthDate(), freed.clinicId(),
                freed.date(), Booking.Channel.ONLINE, "test");
        assertThat(moved.clinicId()).isNotNull();
        assertThat(fromMirror(null, null)).isEqualTo(fromStore(null, null));
        assertThat(fromMirror("26", null)).isEqualTo(fromStore("26", null));
        assertThat(mirror.byTranche(DemoCampaign.ID)).containsOnlyKeys(Fixture.TRANCHE);
        assertThat(mirror.byTranche(DemoCampaign.ID).get(Fixture.TRANCHE).booked()).isEqualTo(78);
        assertThat(mirror.byRegion(DemoCampaign.ID).get("11").allocated()).isEqualTo(60);
    }

    @Test
    void anOfficialsReallocationShowsOnceTheMirrorIsInvalidated() {
        fromMirror(null, null);   // loaded
        stock.allocate(DemoCampaign.ID, List.of(new StockCell("k-busan-1", Fixture.DAY1, Fixture.TRANCHE, 25, 25)));
        assertThat(fromMirror("26", Fixture.DAY1).get("k-busan-1")).containsEntry(Fixture.DAY1, 10);
        mirror.invalidate();
        assertThat(fromMirror("26", Fixture.DAY1).get("k-busan-1")).containsEntry(Fixture.DAY1, 25);
        assertThat(fromMirror(null, null)).isEqualTo(fromStore(null, null));
    }

    @Test
    void severalTranchesAndDatesListAsTheStoreDoes() {
        // Cells of three tranches on three dates, some clinics without some of them; then a few
        // doses taken in the store, as the mirror hears of them (taken), and one given back.
        LocalDate day3 = Fixture.DAY2.plusDays(3);
        List<StockCell> cells = new ArrayList<>();
        for (int i = 0; i < Fixture.CLINICS.size(); i++) {
            String k = Fixture.CLINICS.get(i);
            cells.add(new StockCell(k, Fixture.DAY2, "2021-08-10", 5 + i, 5 + i));
            if (i % 2 == 0) {
                cells.add(new StockCell(k, day3, "CATCHUP", 7, 7));
                cells.add(new StockCell(k, Fixture.DAY1, "CATCHUP", 3, 3));
            }
        }
        stock.allocate(DemoCampaign.ID, cells);
        mirror.invalidate();
        take("k-seoul-1", Fixture.DAY2, "2021-08-10");
        take("k-seoul-3", day3, "CATCHUP");
        take("k-seoul-3", day3, "CATCHUP");
        take("k-seoul-1", Fixture.DAY1, Fixture.TRANCHE);
        org.yeyak.server.store.Tx.run(db.dataSource(), c -> {
            StockStore.giveBack(c, DemoCampaign.ID, "k-seoul-3", day3, "CATCHUP");
            return null;
        });
        mirror.returned(DemoCampaign.ID, "k-seoul-3", day3, "CATCHUP");

        List<List<String>> trancheSets = List.of(DAY_ONE, List.of("2021-08-10"), List.of("CATCHUP"),
                List.of(Fixture.TRANCHE, "2021-08-10", "CATCHUP"), List.of("2021-08-11"), List.of("CATCHUP", "NONE"));
        List<LocalDate> dates = new ArrayList<>(java.util.Arrays.asList(null, Fixture.DAY1, Fixture.DAY2, day3,
                day3.plusDays(1)));
        for (List<String> tranches : trancheSets) {
            for (String region : java.util.Arrays.asList(null, "11", "26", "50")) {
                for (LocalDate date : dates) {
                    Map<String, Map<LocalDate, Integer>> mine = new LinkedHashMap<>();
                    mirror.available(DemoCampaign.ID, region, date, tranches)
                            .forEach(l -> mine.put(l.clinic().id(), l.available()));
                    assertThat(mine).as("tranches %s, region %s, date %s", tranches, region, date)
                            .isEqualTo(stock.available(DemoCampaign.ID, region, date, tranches));
                }
            }
        }
        assertThat(mirror.byTranche(DemoCampaign.ID).get("CATCHUP").booked()).isEqualTo(1);
        assertThat(mirror.byTranche(DemoCampaign.ID).get("2021-08-10").booked()).isEqualTo(1);
    }

    private void take(String clinic, LocalDate date, String tranche) {
        org.yeyak.server.store.Tx.run(db.dataSource(),
                c -> StockStore.take(c, DemoCampaign.ID, clinic, date, List.of(tranche)).orElseThrow());
        mirror.taken(DemoCampaign.ID, clinic, date, tranche);
    }

    private BookingCommand command(int n, String clinic, LocalDate date) {
        ResidentId id = ResidentId.parse(Residents.digitNine(n));
        Citizen citizen = new Citizen(keys.of(id), id.birthDate(), DemoCampaign.ID, "s" + n);
        return BookingCommand.online(citizen, clinic, date, new Admission("adm-" + n), null);
    }

    private Map<String, Map<LocalDate, Integer>> fromMirror(String region, LocalDate date) {
        Map<String, Map<LocalDate, Integer>> out = new LinkedHashMap<>();
        mirror.available(DemoCampaign.ID, region, date, DAY_ONE).forEach(l -> out.put(l.clinic().id(), l.available()));
        return out;
    }

    private Map<String, Map<LocalDate, Integer>> fromStore(String region, LocalDate date) {
        return stock.available(DemoCampaign.ID, region, date, DAY_ONE);
    }
}
