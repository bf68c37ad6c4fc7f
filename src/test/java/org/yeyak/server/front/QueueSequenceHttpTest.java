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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * An ordinary arrival takes its place from the sequence: it does not wait for the counters row
 * that the admission controller (and, on other nodes, other batches) lock.
 */
class QueueSequenceHttpTest {
    static final LocalDate NINE = LocalDate.of(1990, 5, 19);

    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;

    @BeforeAll
    static void start() {
        server = FrontDoorServer.startDemoCampaignOnly(data, FrontDoorServer.fast());
        client = new FrontDoorClient(server.url());
        // Five minutes after the opening: no pre-queue due, outside the opening's grace.
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T20:05:00+09:00").toInstant());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anArrivalTakesItsPlaceWhileTheCountersRowIsLockedElsewhere() throws Exception {
        Citizen first = client.verify("kakao", residentId(NINE, 7001), "device-seq-7001");
        Citizen second = client.verify("kakao", residentId(NINE, 7002), "device-seq-7002");
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
        Citizen late = client.verify("kakao", residentId(NINE, 7003), "device-seq-7003");
        Reply ticket = client.post("/api/v1/queue/tickets", "", late.headers());
        assertThat(ticket.status()).as("%s", ticket.body()).isEqualTo(201);
        String path = "/api/v1/queue/tickets/" + ticket.text("ticketId");
        FrontDoorClient.await(() -> client.get(path, late.headers()), r -> "ADMITTED".equals(r.text("status")),
                Duration.ofSeconds(20));

        // Now as if its batch had committed only after the tick that moved serving past its place:
        // serving is beyond it, and it is still waiting.
        int changed = org.yeyak.server.store.Tx.run(server.database().dataSource(), c -> {
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
}
