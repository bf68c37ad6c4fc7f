package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.Tx;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.GatedFilePath;
import org.yeyak.server.testing.Residents;

/**
 * A {@code 201} only for what is on disk, on the real H2 file store: H2 makes a commit visible to
 * other sessions a moment before its chunk is written to the file. The test holds that write (an
 * H2 file system that can hold writes, {@link GatedFilePath}) and checks that nothing answers
 * {@code 201} from the visible-but-unwritten booking in that moment — a SIGKILL there would lose it.
 */
class BookingServiceDurabilityTest {
    /** 2021-08-09T20:00:30+09:00: the digit-9 window is open. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-08-09T11:00:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    Database db;
    BatchWriter writer;
    BookingService service;
    Citizen citizen;
    final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void open() {
        GatedFilePath.register();
        db = Database.open(data, Database.h2Url(GatedFilePath.location(data.resolve("yeyak"))), null, null);
        DataSource ds = db.dataSource();
        Fixture.seed(ds, 10);
        writer = new BatchWriter(ds, new AuditLog(ds, CLOCK), 64);
        service = new BookingService(ds, CLOCK, new CampaignStore(ds, CLOCK), new ClinicStore(ds), writer);
        ResidentId id = ResidentId.parse(Residents.digitNine(1));
        citizen = new Citizen(new PersonKeys(new ServerKeys(data)).of(id), id.birthDate(), DemoCampaign.ID, "s1");
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        writer.close();
        db.close();
    }

    @Test
    void aReplayIsNotAnsweredWhileTheFirstAnswersBookingIsNotYetInTheFile() throws Exception {
        Idempotency idem = new Idempotency("k1", "s1", Idempotency.hash("k-seoul-1", Fixture.DAY1.toString()));
        BookingCommand cmd = BookingCommand.online(citizen, "k-seoul-1", Fixture.DAY1, new Admission("a1"), idem);
        try (GatedFilePath.Gate gate = GatedFilePath.close()) {
            CompletableFuture<BookingService.Outcome> first = CompletableFuture.supplyAsync(() -> service.book(cmd),
                    threads);
            assertThat(gate.awaitHeldWrite(Duration.ofSeconds(30))).as("the batch commit writes the file").isTrue();
            // H2 has made the commit visible, though its chunk is not in the file yet:
            assertThat(storedResponses()).isEqualTo(1);
            assertThat(first).isNotDone();

            CompletableFuture<Optional<BookingService.Outcome>> replay = CompletableFuture.supplyAsync(
                    () -> service.replay(citizen.key(), idem), threads);
            assertThatThrownBy(() -> replay.get(1, TimeUnit.SECONDS)).as("a replay answered before the write")
                    .isInstanceOf(TimeoutException.class);

            gate.open();
            BookingService.Outcome booked = first.get(30, TimeUnit.SECONDS);
            Optional<BookingService.Outcome> replayed = replay.get(30, TimeUnit.SECONDS);
            assertThat(replayed).isPresent();
            assertThat(replayed.get().replayed()).isTrue();
            assertThat(replayed.get().json()).isEqualTo(booked.json());
        }
    }

    private long storedResponses() {
        return Tx.read(db.dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM idempotency_keys");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
