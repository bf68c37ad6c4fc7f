package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;
import org.yeyak.server.store.Tx;

/**
 * Polls of people still waiting (nobody is admitted here: {@code maxActive} 0): answered from
 * the signed ticket id and the counters, with a poll interval and wait estimate that grow
 * with the distance from the front.
 */
class QueuePollHttpTest {
    static final LocalDate NINE = LocalDate.of(1995, 10, 9);

    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;
    static final List<Citizen> people = new ArrayList<>();
    static final List<Reply> tickets = new ArrayList<>();

    @BeforeAll
    static void start() {
        Map<String, String> p = FrontDoorServer.fast();
        p.put("yeyak.admission.maxActive", "0");
        p.put("yeyak.admission.initialRate", "0.5");
        p.put("yeyak.admission.minRate", "0.5");
        server = FrontDoorServer.startDemoCampaignOnly(data, p);
        client = new FrontDoorClient(server.url());
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T21:00:00+09:00").toInstant());
        for (int i = 0; i < 6; i++) {
            Citizen c = client.verify("naver", residentId(NINE, 40 + i), "poll-device-" + i);
            Reply t = client.post("/api/v1/queue/tickets", "", c.headers());
            assertThat(t.status()).isEqualTo(201);
            people.add(c);
            tickets.add(t);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Reply poll(int i) {
        return client.get("/api/v1/queue/tickets/" + tickets.get(i).text("ticketId"), people.get(i).headers());
    }

    @Test
    void pollIntervalAndEstimatedWaitGrowWithTheDistanceFromTheFront() {
        Reply front = poll(0);
        Reply back = poll(5);
        assertThat(front.text("status")).isEqualTo("WAITING");
        assertThat(back.body().path("position").asLong()).isGreaterThan(front.body().path("position").asLong());
        assertThat(back.body().path("estimatedWaitSeconds").asLong())
                .isGreaterThan(front.body().path("estimatedWaitSeconds").asLong());
        assertThat(back.body().path("pollAfterMs").asLong()).isGreaterThan(front.body().path("pollAfterMs").asLong());
        assertThat(front.body().path("servingPosition").asLong()).isLessThan(front.body().path("position").asLong());
    }

    @Test
    void aWaitingPersonsPollNeedsNoTicketLookup() {
        Reply before = poll(3);
        // Remove the ticket row behind the store's back: a waiting person's poll still gets its answer,
        // because it is computed from the signed ticket id and the shared counters alone.
        int deleted = Tx.run(server.database().dataSource(), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM front_ticket WHERE person_key = ("
                    + "SELECT person_key FROM front_ticket WHERE position = ?)")) {
                ps.setLong(1, before.body().path("position").asLong());
                return ps.executeUpdate();
            }
        });
        assertThat(deleted).isEqualTo(1);
        Reply after = poll(3);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.text("status")).isEqualTo("WAITING");
        assertThat(after.body().path("position").asLong()).isEqualTo(before.body().path("position").asLong());
    }
}
