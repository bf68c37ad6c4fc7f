package org.yeyak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.booking.Admission;
import org.yeyak.server.booking.BookingCommand;
import org.yeyak.server.booking.BookingService;
import org.yeyak.server.booking.Citizen;
import org.yeyak.server.booking.Idempotency;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockCell;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.demo.DemoData;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.StoreKind;
import org.yeyak.server.testing.Residents;

/**
 * The booking step, durable: {@link BookingService#book} from 64 threads at once (one booking
 * each call, a distinct person, a random one of 400 clinics, with an Idempotency-Key), each call
 * returning only after its group commit is on disk. Score = durable bookings per second.
 *
 * <pre>mvn -q test-compile exec:exec@jmh -Djmh.args="BookingBench -f 1 -wi 1 -i 3 -w 5s -r 10s"</pre>
 * ({@code -p store=H2} or {@code -p store=POSTGRES} for one store only; PostgreSQL runs with
 * fsync and synchronous_commit on.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
public class BookingBench {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-08-09T11:00:30Z"), ZoneOffset.UTC);
    static final int CLINICS = 400;
    static final LocalDate DATE = LocalDate.of(2021, 8, 26);

    @Param({"H2", "POSTGRES"})
    public String store;

    Database db;
    BatchWriter writer;
    BookingService service;
    PersonKeys keys;
    final AtomicLong serial = new AtomicLong();
    List<String> clinicIds;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("yeyak-bench-");
        db = StoreKind.valueOf(store).open(dir);
        var ds = db.dataSource();
        new RegionStore(ds).saveAll(DemoData.provinces());
        new CampaignStore(ds, CLOCK).save(DemoCampaign.campaign());
        ClinicStore clinics = new ClinicStore(ds);
        clinicIds = new ArrayList<>();
        List<StockCell> cells = new ArrayList<>();
        for (int i = 0; i < CLINICS; i++) {
            String id = "bench-" + i;
            clinics.add(new Clinic(id, "11", "서울 강남구 벤치의원 " + i, "서울특별시 강남구 " + i, null, 1_000_000, true));
            clinicIds.add(id);
            cells.add(new StockCell(id, DATE, "2021-08-09", 1_000_000, 1_000_000));
        }
        new StockStore(ds).allocate(DemoCampaign.ID, cells);
        writer = new BatchWriter(ds, new AuditLog(ds, CLOCK), Integer.getInteger("yeyak.batch.max", 128),
                Integer.getInteger("yeyak.writers", db.kind() == Database.Kind.POSTGRES ? 4 : 1));
        service = new BookingService(ds, CLOCK, new CampaignStore(ds, CLOCK), clinics, writer);
        keys = new PersonKeys(new ServerKeys(dir));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        writer.close();
        db.close();
    }

    @Benchmark
    public Object book() {
        long n = serial.incrementAndGet();
        // Born on the 9th, 19th or 29th of some month 1972..2003: the digit-9 window is open.
        LocalDate birth = LocalDate.of(1972 + (int) (n % 32), 1 + (int) (n / 32 % 12), 9 + 10 * (int) (n / 384 % 2));
        ResidentId id = ResidentId.parse(Residents.of(birth, (int) (n / 768)));
        Citizen citizen = new Citizen(keys.of(id), id.birthDate(), DemoCampaign.ID, "bench");
        String clinic = clinicIds.get(ThreadLocalRandom.current().nextInt(CLINICS));
        return service.book(BookingCommand.online(citizen, clinic, DATE, new Admission("adm-" + n),
                new Idempotency("key-" + n, "bench", Idempotency.hash(clinic, DATE.toString()))));
    }
}
