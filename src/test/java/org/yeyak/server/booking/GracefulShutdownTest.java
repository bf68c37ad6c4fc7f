package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.store.Database;
import org.yeyak.server.store.Tx;
import org.yeyak.server.testing.Api;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;
import org.yeyak.server.testing.TestCitizenGate;

/** Closing the server while bookings stream in leaves every answered booking stored and nothing half-written. */
class GracefulShutdownTest {

    @Test
    void closingTheServerUnderLoadKeepsEveryAnsweredBookingAndNoHalfWrittenOne(@TempDir Path data) throws Exception {
        Fixture.seed(data, null, 2_000);
        YeyakServer server = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, true, null),
                TestCitizenGate::new);
        Api api = new Api(server.url());
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger serial = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(100);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    int n = serial.incrementAndGet();
                    try {
                        Api.Reply r = api.book(Residents.digitNine(n), Fixture.CLINICS.get(n % 4),
                                n % 2 == 0 ? "2021-08-26" : "2021-08-27", "k" + n, "a" + n);
                        if (r.status() == 201) {
                            answered.add(r.json().get("bookingId").asText());
                            enough.countDown();
                        }
                    } catch (RuntimeException e) {
                        return; // the server has stopped listening
                    }
                }
            }));
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).isTrue();

        server.close();
        stop.set(true);
        for (Thread t : clients) {
            t.join(30_000);
        }

        try (Database db = Database.open(data, null, null, null)) {
            List<String> stored = Tx.read(db.dataSource(), c -> {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM bookings"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            });
            long taken = Tx.read(db.dataSource(), c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT SUM(allocated - remaining) FROM stock");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            AuditLog.Verification audit = new AuditLog(db.dataSource(), java.time.Clock.systemUTC()).verify();

            assertThat(stored).containsAll(answered);
            assertThat(taken).as("one dose taken per stored booking").isEqualTo(stored.size());
            assertThat(audit.intact()).isTrue();
            assertThat(audit.events()).as("one audit event per stored booking").isEqualTo(stored.size());
        }
    }
}
