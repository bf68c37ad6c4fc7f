package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * Places admitted but not used in time expire and are reclaimed: with room for one admitted
 * person at a time, the next in line is admitted only once the first one's place expired.
 */
class AdmissionExpiryHttpTest {
    static final LocalDate NINE = LocalDate.of(1982, 6, 29);

    @RegisterExtension
    static final DemoCampaignServer door = DemoCampaignServer.at("2021-08-09T20:30:00+09:00")
            .with("yeyak.admission.ttl", "PT2S")
            .with("yeyak.admission.maxActive", "1");

    @Test
    void anUnusedAdmissionExpiresAndItsPlaceGoesToTheNextInLine() {
        FrontDoorClient client = door.client();
        Citizen first = client.verify("naver", residentId(NINE, 1), "expiry-device-1");
        Citizen second = client.verify("naver", residentId(NINE, 2), "expiry-device-2");
        Reply t1 = client.post("/api/v1/queue/tickets", "", first.headers());
        Reply t2 = client.post("/api/v1/queue/tickets", "", second.headers());
        assertThat(t2.body().path("position").asLong()).isGreaterThan(t1.body().path("position").asLong());

        Reply admitted = FrontDoorClient.await(() -> poll(first, t1), r -> "ADMITTED".equals(r.text("status")), Duration.ofSeconds(10));
        // While the first holds the only admitted place, the second waits.
        Reply meanwhile = poll(second, t2);
        assertThat(meanwhile.text("status")).isEqualTo("WAITING");
        assertThat(meanwhile.body().path("servingPosition").asLong()).isLessThan(t2.body().path("position").asLong());

        FrontDoorClient.await(() -> poll(second, t2), r -> "ADMITTED".equals(r.text("status")), Duration.ofSeconds(10));
        Reply gone = poll(first, t1);
        assertThat(gone.text("status")).isEqualTo("EXPIRED");
        assertThat(door.server().clock().instant()).isAfterOrEqualTo(java.time.Instant.parse(admitted.text("admissionExpiresAt")));

        // Asking again after expiry: a new ticket, at the back of the queue.
        Reply again = client.post("/api/v1/queue/tickets", "", first.headers());
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("ticketId")).isNotEqualTo(t1.text("ticketId"));
        assertThat(again.body().path("position").asLong()).isGreaterThan(t2.body().path("position").asLong());
    }

    @Test
    void slowBookingsSlowTheAdmissionRateAndTheFiguresSayWhy() {
        FrontDoorClient client = door.client();
        Citizen c = client.verify("naver", residentId(NINE, 3), "expiry-device-3");
        assertThat(client.post("/api/v1/queue/tickets", "", c.headers()).status()).isEqualTo(201);
        double before = FrontDoorClient.await(() -> client.get("/api/v1/metrics/live"),
                r -> r.body().path("queue").has("targetRatePerSecond"), Duration.ofSeconds(10))
                .body().path("queue").path("targetRatePerSecond").asDouble();
        // Booking requests taking 5 s each (as the booking stage's timing would record them).
        for (int i = 0; i < 20; i++) {
            door.server().frontDoor().bookingStage().record(5_000, false);
        }
        // Each second of congestion cuts the rate by 30% (it may have grown once meanwhile).
        Reply congested = FrontDoorClient.await(() -> client.get("/api/v1/metrics/live"),
                r -> r.body().path("queue").path("bookingCongested").asBoolean()
                        && r.body().path("queue").path("targetRatePerSecond").asDouble() < before,
                Duration.ofSeconds(10));
        assertThat(congested.body().path("queue").path("targetRatePerSecond").asDouble()).isLessThan(before);
        assertThat(congested.body().path("bookings").path("p95LatencyMs").asLong()).isGreaterThanOrEqualTo(4_000);
    }

    static Reply poll(Citizen c, Reply ticket) {
        return door.client().get("/api/v1/queue/tickets/" + ticket.text("ticketId"), c.headers());
    }
}
