package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportMathTest {
    @Test
    void stepPercentilesAreInMillisecondsFromMicroseconds() {
        Histogram h = new Histogram(SurgeStats.MAX_MICROS, 3);
        for (int ms = 1; ms <= 100; ms++) {
            h.recordValue(ms * 1_000L);
        }
        SurgeReport.StepLatency l = ReportMath.stepLatency(Step.BOOK, h);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Ms()).isCloseTo(50, within(0.1));
        assertThat(l.p95Ms()).isCloseTo(95, within(0.1));
        assertThat(l.p99Ms()).isCloseTo(99, within(0.1));
        assertThat(l.maxMs()).isCloseTo(100, within(0.1));
    }

    @Test
    void anEmptyStepReportsZeros() {
        SurgeReport.StepLatency l = ReportMath.stepLatency(Step.CLINICS, new Histogram(SurgeStats.MAX_MICROS, 3));
        assertThat(l.count()).isZero();
        assertThat(l.maxMs()).isZero();
    }

    @Test
    void sustainedRateLeavesOutWarmUpAndStragglers() {
        Histogram completions = new Histogram(86_400_000L, 3);
        // 1000 completions evenly over 10 s (100/s), plus a straggler 60 s later.
        for (int i = 0; i < 1000; i++) {
            completions.recordValue(i * 10L);
        }
        completions.recordValue(70_000);
        double overall = ReportMath.perSecond(1001, 70_000);
        assertThat(overall).isCloseTo(14.3, within(0.1));
        assertThat(ReportMath.sustained(completions, overall)).isCloseTo(100, within(2.0));
    }

    @Test
    void fewCompletionsFallBackToTheOverallRate() {
        Histogram completions = new Histogram(86_400_000L, 3);
        completions.recordValue(5);
        assertThat(ReportMath.sustained(completions, 3.0)).isEqualTo(3.0);
        assertThat(ReportMath.perSecond(10, 0)).isZero();
    }

    @Test
    void maxWaitOfABirthDigitDayArrivingAtOnce() {
        // 1.9 million served at 5,000 flows/s: the last one waits 380 s (6 min 20 s).
        assertThat(ReportMath.maxWaitAllAtOnce(1_900_000, 5_000)).isEqualTo(Duration.ofSeconds(380));
        // Under 6 minutes needs about 5,278 flows/s.
        assertThat(ReportMath.rateNeeded(1_900_000, Duration.ofMinutes(6))).isCloseTo(5277.8, within(0.1));
        assertThatThrownBy(() -> ReportMath.maxWaitAllAtOnce(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void benchmarkSummaryExpressesAFlowInBaselineRequests() {
        // 400,000 baseline requests in 20 s of server CPU: 50 µs each; 40 flows in 2 s: 50 ms each.
        Baseline.Result baseline = new Baseline.Result(40_000, 400_000, 0,
                new SurgeReport.StepLatency("HEALTH", "GET /health", 400_000, 1, 2, 3, 4, 5),
                new SurgeReport.CpuUse(400_000, 20_000, 10_000));
        SurgeReport report = report(5_000, 5_000);
        Map<String, Object> m = SurgeMain.benchSummary(baseline, report, null);
        assertThat(m.get("flowCostInBaselineRequests")).isEqualTo(8.0);
        assertThat(m.get("serverCpuUsPerBaselineRequest")).isEqualTo(50.0);
        assertThat(m.get("serverCpuMsPerFlow")).isEqualTo(50.0);
        assertThat(m.get("flowCostInServerCpu")).isEqualTo(1000.0);
        assertThat(m.get("simulatorCpuMsPerFlow")).isEqualTo(25.0);
        assertThat(m.get("flowCostInSimulatorCpu")).isEqualTo(1000.0);
        assertThat(m.get("ratioToBaseline")).isEqualTo(0.125);
        assertThat(m.get("flowsPerHour")).isEqualTo(18_000_000L);
        assertThat(m.get("maxWait1_9M")).isEqualTo("PT6M20S");
    }

    @Test
    void aCrowdArrivingAtOnceWaitsByTheWholeRunsRateNotTheBookingPhases() {
        Baseline.Result baseline = new Baseline.Result(40_000, 400_000, 0,
                new SurgeReport.StepLatency("HEALTH", "GET /health", 400_000, 1, 2, 3, 4, 5), null);
        SurgeReport ramp = report(2_500, 5_000, ArrivalCurve.RAMP);
        SurgeReport atOnce = report(2_500, 5_000, ArrivalCurve.AT_ONCE);
        assertThat(SurgeMain.benchSummary(baseline, ramp, null).get("maxWait1_9M")).isEqualTo("PT6M20S");
        assertThat(SurgeMain.benchSummary(baseline, atOnce, null).get("maxWait1_9M")).isEqualTo("PT12M40S");
        assertThat(SurgeMain.benchSummary(baseline, atOnce, null).get("flowsPerSecond")).isEqualTo(5_000.0);
    }

    @Test
    void invariantsHoldOnlyWithoutBreaches() {
        assertThat(new SurgeReport.Invariants(10, 10, 0, 0, 0, 0, true, 5, 0, 0, null).hold()).isTrue();
        assertThat(new SurgeReport.Invariants(10, 11, 1, 0, 0, 0, true, 5, 0, 0, null).hold()).isFalse();
        assertThat(new SurgeReport.Invariants(10, 9, 0, 1, 0, 0, true, 5, 0, 0, null).hold()).isFalse();
        assertThat(new SurgeReport.Invariants(10, 10, 0, 0, 0, 0, true, 5, 1, 0, null).hold()).isFalse();
    }

    @Test
    void reportRendersAsTextAndJson() {
        SurgeReport r = report(12.5, 20);
        assertThat(r.toText()).contains("Flows completed: 40").contains("12.5/s overall").contains("HOLD")
                .contains("POST booking");
        assertThat(r.toJson()).contains("\"flowsPerSecond\" : 12.5").contains("\"refusalsByCode\"");
    }

    static SurgeReport report(double overall, double sustained) {
        return report(overall, sustained, ArrivalCurve.RAMP);
    }

    static SurgeReport report(double overall, double sustained, ArrivalCurve curve) {
        SurgeConfig c = SurgeConfig.builder("http://127.0.0.1:8080").seed(1).curve(curve).build();
        return new SurgeReport(SurgeReport.Settings.of(c), 10, 50, 0, Map.of("BOOKED", 40L, "REFUSED", 10L),
                Map.of(), overall, sustained,
                List.of(new SurgeReport.StepLatency("BOOK", "POST booking", 40, 1, 2, 3, 4, 5)), 100, 200,
                Map.of("NOT_ELIGIBLE", 10L), 0, Map.of(), Map.of(),
                new SurgeReport.Invariants(40, 40, 0, 0, 0, 0, true, 30, 0, 0, null), null, null,
                new SurgeReport.CpuUse(40, 2_000, 1_000), List.of());
    }

    @Test
    void theStaffReportLedgerFlagsOverAllocationImbalanceAndForeignBookings() {
        Map<String, StaffReport.Region> before = Map.of(
                "11", new StaffReport.Region(10, 100, 90), "26", new StaffReport.Region(0, 50, 50));
        Map<String, StaffReport.Region> balanced = Map.of(
                "11", new StaffReport.Region(13, 100, 87), "26", new StaffReport.Region(2, 50, 48));
        SurgeReport.RegionLedger ok = StaffReport.compare(before, balanced, Map.of("11", 3, "26", 2));
        assertThat(ok.checked()).isTrue();
        assertThat(ok.regions()).isEqualTo(2);
        assertThat(ok.overAllocated() + ok.ledgerMismatches() + ok.deltaMismatches()).isZero();

        Map<String, StaffReport.Region> broken = Map.of(
                "11", new StaffReport.Region(101, 100, -1), "26", new StaffReport.Region(5, 50, 48));
        SurgeReport.RegionLedger bad = StaffReport.compare(before, broken, Map.of("11", 3, "26", 2));
        assertThat(bad.overAllocated()).isEqualTo(1);
        assertThat(bad.ledgerMismatches()).isEqualTo(1);   // 26: 50 - 48 != 5
        assertThat(bad.deltaMismatches()).isEqualTo(2);
    }
}
