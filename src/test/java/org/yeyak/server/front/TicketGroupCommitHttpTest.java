package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;
import org.yeyak.server.store.Tx;
import org.yeyak.server.testing.HeldWriter;

/**
 * Tickets as group-commit jobs, over HTTP on one node (H2: one writer thread, shared with the
 * verifications and bookings): many people asking at once share one commit and still get
 * distinct, consecutive places; one person asking from many requests at once gets one ticket.
 * Places come from the sequence: an ordinary arrival does not wait for the counters row, and a
 * ticket stored after serving passed its place is admitted when it polls.
 */
class TicketGroupCommitHttpTest {
    static final LocalDate NINE = LocalDate.of(1990, 5, 19);
    static final AtomicInteger serials = new AtomicInteger(5000);

    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;

    @BeforeAll
    static void start() {
        server = FrontDoorServer.startDemoCampaignOnly(data, FrontDoorServer.fast());
        client = new FrontDoorClient(server.url());
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T20:05:00+09:00").toInstant());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void manyPeopleTakingTicketsAtOnceShareOneCommitAndGetConsecutivePlaces() throws Exception {
        int people = 30;
        List<Citizen> citizens = atOnce(people, i -> {
            int serial = serials.incrementAndGet();
            return client.verify("kakao", residentId(NINE, serial), "device-gc-" + serial);
        });

        HeldWriter hold = HeldWriter.hold(server.writer());
        long before = server.writer().commits();
        List<Reply> tickets = atOnce(people, i -> ticket(citizens.get(i)), () -> hold.releaseWhenQueued(people));

        assertThat(tickets).allSatisfy(r -> assertThat(r.status()).as("%s", r.body()).isEqualTo(201));
        List<Long> places = tickets.stream().map(r -> r.body().path("position").asLong()).sorted().toList();
        long first = places.get(0);
        assertThat(first).isPositive();
        for (int i = 0; i < people; i++) {
            assertThat(places.get(i)).as("place %d of %s", i, places).isEqualTo(first + i);
        }
        assertThat(server.writer().commits() - before).as("the holder's commit and one for all %d tickets", people)
                .isEqualTo(2);
    }

    @Test
    void onePersonAskingManyTimesAtOnceGetsOneTicket() throws Exception {
        int serial = serials.incrementAndGet();
        Citizen c = client.verify("kakao", residentId(NINE, serial), "device-twice-" + serial);
        int requests = 8;

        // All in one batch: each job after the first finds the ticket the first one inserted.
        HeldWriter hold = HeldWriter.hold(server.writer());
        List<Reply> inOneBatch = atOnce(requests, i -> ticket(c), () -> hold.releaseWhenQueued(requests));
        // Racing freely: some find it already stored, outside the batch.
        List<Reply> racing = atOnce(requests, i -> ticket(c));

        List<Reply> all = new ArrayList<>(inOneBatch);
        all.addAll(racing);
        assertThat(all).allSatisfy(r -> assertThat(r.status()).as("%s", r.body()).isEqualTo(201));
        assertThat(all.stream().map(r -> r.text("ticketId")).distinct()).hasSize(1);
        assertThat(all.stream().map(r -> r.body().path("position").asLong()).distinct()).hasSize(1);
        assertThat(ticketsOf(c)).isEqualTo(1);
    }

    @Test
    void anArrivalTakesItsPlaceWhileTheCountersRowIsLockedElsewhere() throws Exception {
        Citizen first = client.verify("kakao", residentId(NINE, serials.incrementAndGet()), "device-seq-a");
        Citizen second = client.verify("kakao", residentId(NINE, serials.incrementAndGet()), "device-seq-b");
        Reply firstTicket = client.post("/api/v1/queue/tickets", "", first.headers());
        assertThat(firstTicket.status()).as("%s", firstTicket.body()).isEqualTo(201);
        String campaign = firstTicket.text("campaignId");

        try (Connection holder = server.database().dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement ps = holder.prepareStatement(
                    "SELECT serving FROM front_queue WHERE campaign_id = ? FOR UPDATE")) {
                ps.setString(1, campaign);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                }
            }
            CompletableFuture<Reply> secondTicket = CompletableFuture.supplyAsync(
                    () -> client.post("/api/v1/queue/tickets", "", second.headers()));
            Reply reply = secondTicket.get(5, TimeUnit.SECONDS);   // the lock is held for up to 10 s otherwise
            assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
            assertThat(reply.body().path("position").asLong())
                    .isGreaterThan(firstTicket.body().path("position").asLong());
            holder.rollback();
        }
    }

    @Test
    void aTicketStoredAfterServingPassedItsPlaceIsAdmittedWhenItPolls() {
        Citizen late = client.verify("kakao", residentId(NINE, serials.incrementAndGet()), "device-seq-c");
        Reply ticket = client.post("/api/v1/queue/tickets", "", late.headers());
        assertThat(ticket.status()).as("%s", ticket.body()).isEqualTo(201);
        String path = "/api/v1/queue/tickets/" + ticket.text("ticketId");
        FrontDoorClient.await(() -> client.get(path, late.headers()), r -> "ADMITTED".equals(r.text("status")),
                Duration.ofSeconds(20));

        // Now as if its batch had committed only after the tick that moved serving past its place:
        // serving is beyond it, and it is still waiting.
        int changed = Tx.run(server.database().dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE front_ticket SET status = 'WAITING', admitted_ms = NULL,"
                    + " admission_expires_ms = NULL WHERE person_key = (SELECT person_key FROM front_person WHERE device_id = ?)")) {
                ps.setString(1, late.deviceId());
                return ps.executeUpdate();
            }
        });
        assertThat(changed).isEqualTo(1);

        Reply poll = client.get(path, late.headers());
        assertThat(poll.text("status")).as("%s", poll.body()).isEqualTo("ADMITTED");
        assertThat(poll.text("admissionToken")).isNotBlank();
    }

    static Reply ticket(Citizen c) {
        return client.post("/api/v1/queue/tickets", "", c.headers());
    }

    interface Call<T> {
        T call(int i) throws Exception;
    }

    static <T> List<T> atOnce(int n, Call<T> call) throws Exception {
        return atOnce(n, call, () -> { });
    }

    /** Runs {@code n} calls on real threads released together, then {@code meanwhile}, and collects the answers. */
    static <T> List<T> atOnce(int n, Call<T> call, Step meanwhile) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(threads.submit((Callable<T>) () -> {
                    go.await();
                    return call.call(index);
                }));
            }
            go.countDown();
            meanwhile.run();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private static int ticketsOf(Citizen c) {
        return Tx.read(server.database().dataSource(), conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM front_ticket t"
                    + " JOIN front_person p ON p.person_key = t.person_key WHERE p.device_id = ?")) {
                ps.setString(1, c.deviceId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
