package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

/**
 * A small surge against a real demo server started in-process on a free port: the whole flow,
 * then the invariants read back from the server. Small on purpose: on the demo data every
 * clinic listing costs the server about a CPU-second today (see README, Performance).
 */
class SurgeRunTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static final int CITIZENS = 12;

    /** Simulated providers at 1/50 of their nominal times, a quick admission controller. */
    static final Map<String, String> FAST = Map.of(
            "yeyak.providers.timeScale", "0.02",
            "yeyak.admission.tick", "PT0.05S",
            "yeyak.queue.servingCache", "PT0.02S");

    @BeforeAll
    static void start() {
        FAST.forEach(System::setProperty);
        try {
            server = YeyakServer.start(ServerConfig.embeddedDemo(data, "test-password"));
        } finally {
            FAST.keySet().forEach(System::clearProperty);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void citizensBookThroughTheRealFlowAndTheInvariantsHold() throws Exception {
        SurgeConfig config = SurgeConfig.builder(server.url()).citizens(CITIZENS).duration(Duration.ofSeconds(2))
                .curve(ArrivalCurve.Y2021).misbehave(0).seed(11).demoClock(true).maxTime(Duration.ofSeconds(40))
                .staff("analyst", "test-password").build();
        List<SurgeProgress> seen = new CopyOnWriteArrayList<>();
        SurgeReport report;
        try (SurgeRun run = SurgeRun.create(config).onProgress(seen::add)) {
            report = run.start().awaitReport();
        }
        assertThat(report.booked()).isEqualTo(CITIZENS);
        assertThat(report.errors()).isZero();
        assertThat(report.violations()).isEmpty();
        assertThat(report.invariants().hold()).isTrue();
        assertThat(report.invariants().peopleChecked()).isEqualTo(CITIZENS);
        assertThat(report.invariants().confirmedFound()).isEqualTo(CITIZENS);
        assertThat(report.invariants().stockChecked()).isTrue();
        assertThat(report.invariants().stockMismatches()).isZero();
        assertThat(report.regionLedger().checked()).as(report.regionLedger().note()).isTrue();
        assertThat(report.regionLedger().regions()).isEqualTo(17);
        assertThat(report.regionLedger().overAllocated()).isZero();
        assertThat(report.regionLedger().ledgerMismatches()).isZero();
        assertThat(report.regionLedger().deltaMismatches()).isZero();
        assertThat(report.flowsPerSecond()).isPositive();
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast().done()).isTrue();
        assertThat(seen.getLast().booked()).isEqualTo(CITIZENS);
    }

    @Test
    void stoppingARunEndsItPromptlyAndCountsWhoWasLeft() throws Exception {
        SurgeConfig config = SurgeConfig.builder(server.url()).citizens(200).duration(Duration.ofSeconds(60))
                .curve(ArrivalCurve.RAMP).misbehave(0).seed(12).checkInvariants(false).build();
        java.util.concurrent.CountDownLatch someArrived = new java.util.concurrent.CountDownLatch(1);
        try (SurgeRun run = SurgeRun.create(config).onProgress(p -> {
            if (p.started() > 0) {
                someArrived.countDown();
            }
        })) {
            run.start();
            assertThat(someArrived.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long stoppedAt = System.nanoTime();
            run.stop();
            SurgeReport report = run.report().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(30));
            assertThat(report.notStarted()).isPositive();
            assertThat(report.started() + report.notStarted()).isEqualTo(200);
            long ended = report.outcomes().values().stream().mapToLong(Long::longValue).sum();
            assertThat(ended).isEqualTo(report.started());
            assertThat(run.progress().done()).isTrue();
        }
    }
}
