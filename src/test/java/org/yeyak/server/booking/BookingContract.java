package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.security.PersonKey;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.StoreKind;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Tx;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;

/**
 * The booking service's guarantees under real concurrency, run unchanged on H2
 * ({@link H2BookingTest}) and on a real PostgreSQL ({@link PostgresBookingTest}). "Two nodes" are
 * two independent services (own connection pool, own batch writer) on one database.
 */
abstract class BookingContract {
    /** 2021-08-09T20:00:30+09:00: the digit-9 window is open. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-08-09T11:00:30Z"), ZoneOffset.UTC);
    static final LocalDate DAY1 = Fixture.DAY1;

    @TempDir
    Path data;
    Database db;
    Database secondNodeDb;
    Node node;
    Node secondNode;
    PersonKeys keys;
    final AtomicInteger serial = new AtomicInteger();

    abstract StoreKind kind();

    /** One server node's booking stack. */
    record Node(BatchWriter writer, BookingService service) implements AutoCloseable {
        static Node on(DataSource ds) {
            AuditLog audit = new AuditLog(ds, CLOCK);
            BatchWriter w = new BatchWriter(ds, audit, 64, 2);
            return new Node(w, new BookingService(ds, CLOCK, new CampaignStore(ds, CLOCK), new ClinicStore(ds), w));
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    @BeforeEach
    void open() {
        String url = kind().freshUrl();
        db = Database.open(data, url, url == null ? null : "postgres", url == null ? null : "");
        Fixture.seed(db.dataSource(), 10);
        node = Node.on(db.dataSource());
        keys = new PersonKeys(new ServerKeys(data));
        if (url != null) {
            secondNodeDb = Database.open(data, url, "postgres", "");
        } else {
            // Same H2 file, second pool: H2 shares the open database within the JVM.
            secondNodeDb = Database.open(data, null, null, null);
        }
        secondNode = Node.on(secondNodeDb.dataSource());
    }

    @AfterEach
    void close() {
        secondNode.close();
        node.close();
        secondNodeDb.close();
        db.close();
    }

    BookingCommand command(String resident, String clinic, LocalDate date, String admission, Idempotency idem) {
        ResidentId id = ResidentId.parse(resident);
        Citizen citizen = new Citizen(keys.of(id), id.birthDate(), DemoCampaign.ID, "s1");
        return BookingCommand.online(citizen, clinic, date, new Admission(admission), idem);
    }

    String person() {
        return Residents.digitNine(serial.incrementAndGet());
    }

    @Test
    void twoHundredClientsRacingForTheLastTenDosesMakeExactlyTenBookings() throws Exception {
        int clients = 200;
        List<Future<String>> results = race(clients, i -> {
            Node n = i % 2 == 0 ? node : secondNode;
            try {
                n.service().book(command(Residents.digitNine(10_000 + i), "k-seoul-1", DAY1, "adm-" + i, null));
                return "201";
            } catch (ApiError e) {
                return e.code();
            }
        });
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        for (Future<String> f : results) {
            counts.merge(f.get(), 1, Integer::sum);
        }

        assertThat(counts).containsEntry("201", 10).containsEntry("SLOT_FULL", clients - 10).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM bookings WHERE clinic_id = 'k-seoul-1' AND vaccination_date = ?", DAY1))
                .isEqualTo(10);
        assertThat(stock("k-seoul-1", DAY1).remaining()).isZero();
        assertThat(standing()).isEqualTo(10);
        assertThat(new AuditLog(db.dataSource(), CLOCK).verify().intact()).isTrue();
    }

    @Test
    void fiftyConcurrentBookingsForOnePersonMakeExactlyOne() throws Exception {
        String me = person();
        List<Future<String>> results = race(50, i -> {
            Node n = i % 2 == 0 ? node : secondNode;
            String clinic = Fixture.CLINICS.get(i % Fixture.CLINICS.size());
            try {
                n.service().book(command(me, clinic, i % 3 == 0 ? Fixture.DAY2 : DAY1, "adm-" + i,
                        new Idempotency("k-" + i, "s1", "h-" + i)));
                return "201";
            } catch (ApiError e) {
                return e.code();
            }
        });
        List<String> codes = new ArrayList<>();
        for (Future<String> f : results) {
            codes.add(f.get());
        }

        assertThat(codes).filteredOn("201"::equals).hasSize(1);
        assertThat(codes).filteredOn(c -> !c.equals("201")).containsOnly("ALREADY_BOOKED");
        assertThat(count("SELECT COUNT(*) FROM bookings WHERE person_key = ?", keys.of(ResidentId.parse(me)).value()))
                .isEqualTo(1);
        assertThat(count("SELECT SUM(allocated - remaining) FROM stock")).isEqualTo(1);
    }

    @Test
    void concurrentRepeatsOfOneRequestAllGetTheSameAnswerAndOneBooking() throws Exception {
        String me = person();
        Idempotency idem = new Idempotency("same-key", "s1", Idempotency.hash("k-seoul-2", DAY1.toString()));
        List<Future<String>> results = race(20, i -> {
            try {
                return (i % 2 == 0 ? node : secondNode).service()
                        .book(command(me, "k-seoul-2", DAY1, "adm-same", idem)).json();
            } catch (ApiError e) {
                return e.code();
            }
        });
        List<String> bodies = new ArrayList<>();
        for (Future<String> f : results) {
            bodies.add(f.get());
        }

        assertThat(bodies).doesNotContain("ALREADY_BOOKED", "INVALID_ADMISSION").hasSize(20);
        assertThat(bodies.stream().distinct()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM bookings")).isEqualTo(1);
    }

    @Test
    void cancellingReturnsTheDoseToItsTranche() {
        BookingService.Outcome o = node.service().book(command(person(), "k-busan-1", DAY1, "a1", null));
        assertThat(stock("k-busan-1", DAY1).remaining()).isEqualTo(9);
        PersonKey owner = node.service().get(o.booking().bookingId()).orElseThrow().person();

        assertThatThrownBy(() -> node.service().cancel(o.booking().bookingId(), keys.of(ResidentId.parse(person())), "x"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
        node.service().cancel(o.booking().bookingId(), owner, "citizen:test");

        assertThat(stock("k-busan-1", DAY1).remaining()).isEqualTo(10);
        assertThat(node.service().get(o.booking().bookingId()).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(node.service().activeBooking(DemoCampaign.ID, owner)).isEmpty();
        assertThat(standing()).isZero();
    }

    @Test
    void movingTakesTheNewDoseBeforeGivingBackTheOld() {
        String me = person();
        ResidentId id = ResidentId.parse(me);
        BookingService.Outcome o = node.service().book(command(me, "k-seoul-1", DAY1, "m1", null));
        String bookingId = o.booking().bookingId();
        new StockStore(db.dataSource()).allocate(DemoCampaign.ID,
                List.of(new StockCell("k-seoul-3", Fixture.DAY2, Fixture.TRANCHE, 0, 0)));

        assertThatThrownBy(() -> node.service().move(bookingId, keys.of(id), id.birthDate(), "k-seoul-3", Fixture.DAY2,
                Booking.Channel.ONLINE, "citizen:test"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("SLOT_FULL"));
        assertThat(stock("k-seoul-1", DAY1).remaining()).isEqualTo(9);

        BookingView moved = node.service().move(bookingId, keys.of(id), id.birthDate(), "k-busan-1", Fixture.DAY2,
                Booking.Channel.ONLINE, "citizen:test");

        assertThat(moved.bookingId()).isEqualTo(bookingId);
        assertThat(moved.clinicId()).isEqualTo("k-busan-1");
        assertThat(stock("k-seoul-1", DAY1).remaining()).isEqualTo(10);
        assertThat(stock("k-busan-1", Fixture.DAY2).remaining()).isEqualTo(9);
        assertThat(standing()).isEqualTo(1);
    }

    @Test
    void refusalsWriteNothing() {
        long bookings = count("SELECT COUNT(*) FROM bookings");
        long events = count("SELECT COUNT(*) FROM audit_events");
        String me = person();

        assertThatThrownBy(() -> node.service().book(command(me, "nope", DAY1, "r1", null)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("INVALID_INPUT"));
        assertThatThrownBy(() -> node.service().book(command(me, "k-seoul-1", LocalDate.of(2021, 10, 1), "r2", null)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("INVALID_INPUT"));
        assertThatThrownBy(() -> node.service().book(command(me, "k-seoul-1", LocalDate.of(2021, 8, 28), "r3", null)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("SLOT_FULL"));

        assertThat(count("SELECT COUNT(*) FROM bookings")).isEqualTo(bookings);
        assertThat(count("SELECT COUNT(*) FROM audit_events")).isEqualTo(events);
        assertThat(count("SELECT COUNT(*) FROM idempotency_keys")).isZero();
        assertThat(count("SELECT SUM(allocated - remaining) FROM stock")).isZero();
    }

    @Test
    void closingTheWriterFinishesEveryQueuedBooking() throws Exception {
        List<java.util.concurrent.CompletableFuture<BookingService.Outcome>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                String clinic = Fixture.CLINICS.get(i % Fixture.CLINICS.size());
                BookingCommand cmd = command(person(), clinic, i < 4 ? DAY1 : Fixture.DAY2, "c" + i, null);
                futures.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> node.service().book(cmd), pool));
            }
            // Wait until every booking is queued or done, then close while they may still be pending.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (count("SELECT COUNT(*) FROM bookings") + node.writer().queued() < 8 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            node.writer().close();
            for (var f : futures) {
                assertThat(f.get().booking().status()).isEqualTo("CONFIRMED");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT COUNT(*) FROM bookings")).isEqualTo(8);
        assertThatThrownBy(() -> node.service().book(command(person(), "k-seoul-1", DAY1, "late", null)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void standingBookingsFromTheAuditTotalsMatchTheBookingsTable() throws Exception {
        // Two nodes book 60 people (some refused: k-seoul-1 has 10 doses) while 20 of the
        // bookings they make are cancelled, a few of them twice; moves change nothing.
        List<Future<String>> made = race(60, i -> {
            Node n = i % 2 == 0 ? node : secondNode;
            String clinic = i % 3 == 0 ? "k-seoul-1" : Fixture.CLINICS.get(i % Fixture.CLINICS.size());
            try {
                return n.service().book(command(Residents.digitNine(20_000 + i), clinic, DAY1, "st-" + i, null))
                        .booking().bookingId();
            } catch (ApiError e) {
                return e.code();
            }
        });
        List<String> ids = new ArrayList<>();
        for (Future<String> f : made) {
            if (!f.get().equals("SLOT_FULL")) {
                ids.add(f.get());
            }
        }
        assertThat(ids).hasSize(40);   // 4 clinics × 10 doses
        for (Future<String> cancelled : race(24, i -> {
            String id = ids.get(i % 20);
            (i % 2 == 0 ? node : secondNode).service().cancel(id, null, "staff:test");
            return id;
        })) {
            cancelled.get();   // rethrows a cancellation's failure
        }

        long active = count("SELECT COUNT(*) FROM bookings WHERE active = TRUE");
        assertThat(active).isEqualTo(ids.size() - 20);
        assertThat(standing()).isEqualTo(active);
        assertThat(new AuditLog(db.dataSource(), CLOCK).verify().intact()).isTrue();
    }

    long standing() {
        return Tx.read(db.dataSource(), BookingService::standingBookings);
    }

    /** Runs {@code n} tasks on {@code n} real threads, released together. */
    static <T> List<Future<T>> race(int n, java.util.function.IntFunction<T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            out.add(pool.submit(() -> {
                go.await();
                return task.apply(id);
            }));
        }
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new AssertionError("race did not finish");
        }
        return out;
    }

    StockCell stock(String clinic, LocalDate date) {
        return new StockStore(db.dataSource()).cells(DemoCampaign.ID, clinic).stream()
                .filter(c -> c.date().equals(date)).findFirst().orElseThrow();
    }

    long count(String sql, Object... args) {
        return Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
