package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * The fair start: people who join in the last minute before their window opens are placed in
 * random order at the opening, all ahead of anyone who joins after it, and nobody is admitted
 * before the opening.
 */
class FairStartHttpTest {
    static final LocalDate NINE = LocalDate.of(1993, 11, 9);
    static final int EARLY = 20;
    static final int LATE = 5;

    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient client;

    @BeforeAll
    static void start() {
        Map<String, String> p = FrontDoorServer.fast();
        // A slow, steady admission rate, so admissions are spread out and their order observable.
        p.put("yeyak.admission.initialRate", "10");
        p.put("yeyak.admission.minRate", "10");
        p.put("yeyak.admission.maxRate", "10");
        server = FrontDoorServer.startDemoCampaignOnly(data, p);
        client = new FrontDoorClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Holder(Citizen citizen, String ticketId) {
    }

    @Test
    void preOpeningArrivalsAreShuffledAheadOfLaterOnesAndNobodyIsAdmittedBeforeTheOpening() {
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T19:59:20+09:00").toInstant());
        List<Holder> early = new ArrayList<>();
        for (int i = 0; i < EARLY; i++) {
            Citizen c = client.verify("kakao", residentId(NINE, 500 + i), "early-device-" + i);
            // However slow this machine is, each of them arrives within the last minute.
            server.clock().moveTo(OffsetDateTime.parse("2021-08-09T19:59:30+09:00").toInstant().plusMillis(i));
            Reply t = client.post("/api/v1/queue/tickets", "", c.headers());
            assertThat(t.status()).isEqualTo(201);
            assertThat(t.body().get("position").isNull()).isTrue();
            early.add(new Holder(c, t.text("ticketId")));
        }
        // Let the admission controller run a while: still nobody may be admitted or placed.
        long rounds = server.frontDoor().admissionController().rounds();
        FrontDoorClient.awaitTrue(() -> server.frontDoor().admissionController().rounds() >= rounds + 10,
                Duration.ofSeconds(10), "ten controller rounds");
        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T19:59:50+09:00").toInstant());
        for (Holder h : early) {
            Reply p = poll(h);
            assertThat(p.text("status")).isEqualTo("WAITING");
            assertThat(p.body().get("position").isNull()).isTrue();
        }

        server.clock().moveTo(OffsetDateTime.parse("2021-08-09T20:00:00+09:00").toInstant());
        List<Holder> late = new ArrayList<>();
        for (int i = 0; i < LATE; i++) {
            Citizen c = client.verify("kakao", residentId(NINE, 900 + i), "late-device-" + i);
            Reply t = client.post("/api/v1/queue/tickets", "", c.headers());
            assertThat(t.status()).isEqualTo(201);
            late.add(new Holder(c, t.text("ticketId")));
        }

        // Watch everyone until all are admitted, noting the round in which each was first seen admitted.
        List<Holder> everyone = new ArrayList<>(early);
        everyone.addAll(late);
        Map<Holder, Integer> admittedIn = new HashMap<>();
        Map<Holder, Long> position = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int round = 0; admittedIn.size() < everyone.size(); round++) {
            assertThat(System.nanoTime()).as("everyone admitted in time").isLessThan(deadline);
            for (Holder h : everyone) {
                if (!admittedIn.containsKey(h)) {
                    Reply p = poll(h);
                    if ("ADMITTED".equals(p.text("status"))) {
                        admittedIn.put(h, round);
                        position.put(h, p.body().path("position").asLong());
                    }
                }
            }
        }

        int lastEarly = early.stream().mapToInt(admittedIn::get).max().orElseThrow();
        int firstLate = late.stream().mapToInt(admittedIn::get).min().orElseThrow();
        assertThat(firstLate).as("nobody who came after the opening is admitted before the pre-queue").isGreaterThanOrEqualTo(lastEarly);
        long maxEarlyPosition = early.stream().mapToLong(position::get).max().orElseThrow();
        assertThat(late).allMatch(h -> position.get(h) > maxEarlyPosition);
        assertThat(early.stream().map(position::get).distinct().count()).isEqualTo(EARLY);

        // Admission order among the pre-queue is not arrival order: someone who came later got in strictly earlier.
        boolean inversion = false;
        for (int i = 0; i < EARLY && !inversion; i++) {
            for (int j = i + 1; j < EARLY; j++) {
                if (admittedIn.get(early.get(j)) < admittedIn.get(early.get(i))) {
                    inversion = true;
                    break;
                }
            }
        }
        assertThat(inversion).as("admission order differs from arrival order").isTrue();
        List<Long> byArrival = early.stream().map(position::get).toList();
        assertThat(byArrival).isNotEqualTo(byArrival.stream().sorted().toList());
    }

    static Reply poll(Holder h) {
        return client.get("/api/v1/queue/tickets/" + h.ticketId(), h.citizen().headers());
    }
}
