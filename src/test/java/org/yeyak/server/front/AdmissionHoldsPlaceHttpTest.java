package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * An admitted person who goes quiet (every clinic near them was full, say, and they left) holds
 * a place in the booking stage for {@code admissionHoldsPlace} only, not for the whole life of
 * the admission: with room for one person at a time, the next in line is admitted while the
 * first one's admission is still good for booking.
 */
class AdmissionHoldsPlaceHttpTest {
    static final LocalDate NINE = LocalDate.of(1983, 7, 19);

    @RegisterExtension
    static final DemoCampaignServer door = DemoCampaignServer.at("2021-08-09T20:30:00+09:00")
            .with("yeyak.admission.ttl", "PT5M")
            .with("yeyak.admission.holdsPlaceFor", "PT1S")
            .with("yeyak.admission.maxActive", "1");

    @Test
    void aQuietAdmissionStopsHoldingItsPlaceLongBeforeItExpires() {
        FrontDoorClient client = door.client();
        Citizen first = client.verify("naver", residentId(NINE, 1), "holds-device-1");
        Citizen second = client.verify("naver", residentId(NINE, 2), "holds-device-2");
        Reply t1 = client.post("/api/v1/queue/tickets", "", first.headers());
        Reply t2 = client.post("/api/v1/queue/tickets", "", second.headers());
        assertThat(t2.body().path("position").asLong()).isGreaterThan(t1.body().path("position").asLong());

        Reply admitted = FrontDoorClient.await(() -> poll(first, t1), r -> "ADMITTED".equals(r.text("status")),
                Duration.ofSeconds(10));
        Instant admittedAt = door.server().clock().instant();
        Instant expires = Instant.parse(admitted.text("admissionExpiresAt"));
        assertThat(Duration.between(admittedAt, expires)).isGreaterThan(Duration.ofMinutes(4));

        FrontDoorClient.await(() -> poll(second, t2), r -> "ADMITTED".equals(r.text("status")), Duration.ofSeconds(10));
        // The first person's place was handed on, but their admission still stands.
        assertThat(door.server().clock().instant()).isBefore(expires);
        Reply firstAgain = poll(first, t1);
        assertThat(firstAgain.text("status")).isEqualTo("ADMITTED");
        assertThat(firstAgain.text("admissionToken")).isNotBlank();
    }

    static Reply poll(Citizen c, Reply ticket) {
        return door.client().get("/api/v1/queue/tickets/" + ticket.text("ticketId"), c.headers());
    }
}
