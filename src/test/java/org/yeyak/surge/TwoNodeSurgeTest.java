package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.store.TestPostgres;

/**
 * A small surge spread over two demo nodes on one PostgreSQL, as scripts/cluster-bench.sh runs
 * it: each node has its own data folder holding a copy of the first node's secrets (a cluster
 * shares them), and its own demo clock, which the run moves on both. Citizens are dealt to the
 * nodes in turn; the invariants are read back afterwards through each citizen's own node.
 */
class TwoNodeSurgeTest {
    @TempDir
    static Path dataA;
    @TempDir
    static Path dataB;
    static YeyakServer a;
    static YeyakServer b;
    static final int CITIZENS = 12;
    /** The nodes re-read their stock copies every second, so the check afterwards waits 1.5 s, not 11. */
    static final String MIRROR_MAX_AGE = "PT1S";

    @BeforeAll
    static void start() throws Exception {
        String db = TestPostgres.get().newDatabaseUrl();
        SurgeRunTest.FAST.forEach(System::setProperty);
        System.setProperty("yeyak.stock.mirrorMaxAge", MIRROR_MAX_AGE);
        try {
            a = YeyakServer.start(new ServerConfig("127.0.0.1", 0, dataA, db, "postgres", "", true, "test-password"));
            Files.copy(dataA.resolve("secrets.properties"), dataB.resolve("secrets.properties"));
            b = YeyakServer.start(new ServerConfig("127.0.0.1", 0, dataB, db, "postgres", "", true, "test-password"));
        } finally {
            SurgeRunTest.FAST.keySet().forEach(System::clearProperty);
            System.clearProperty("yeyak.stock.mirrorMaxAge");
        }
        System.setProperty("yeyak.surge.clusterStockSettle", "PT1.5S");
    }

    @AfterAll
    static void stop() {
        System.clearProperty("yeyak.surge.clusterStockSettle");
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void citizensSpreadOverTwoNodesAllBookAndTheInvariantsHold() throws Exception {
        SurgeConfig config = SurgeConfig.builder(a.url() + "," + b.url()).citizens(CITIZENS)
                .duration(Duration.ofSeconds(2)).curve(ArrivalCurve.AT_ONCE).misbehave(0).seed(21).demoClock(true)
                .maxTime(Duration.ofSeconds(40)).staff("analyst", "test-password").build();
        SurgeReport report;
        try (SurgeRun run = SurgeRun.create(config)) {
            report = run.start().awaitReport();
        }
        assertThat(report.booked()).as(report.notes().toString()).isEqualTo(CITIZENS);
        assertThat(report.errors()).isZero();
        assertThat(report.violations()).isEmpty();
        // Half of the citizens came through the second node: its clock was moved too, and their
        // bookings read back through it.
        assertThat(report.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("2 nodes: 6 booked on " + a.url()).contains("6 booked on " + b.url()));
        assertThat(report.invariants().hold()).isTrue();
        assertThat(report.invariants().peopleChecked()).isEqualTo(CITIZENS);
        assertThat(report.invariants().confirmedFound()).isEqualTo(CITIZENS);
        assertThat(report.invariants().stockChecked()).isTrue();
        assertThat(report.invariants().stockMismatches()).isZero();
        assertThat(report.regionLedger().checked()).as(report.regionLedger().note()).isTrue();
        assertThat(report.regionLedger().deltaMismatches()).isZero();
    }
}
