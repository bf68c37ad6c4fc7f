package org.yeyak.surge;

import java.util.Locale;
import java.util.Map;

/** The report as a person reads it in a terminal. */
final class ReportText {
    private ReportText() {
    }

    static String render(SurgeReport r) {
        StringBuilder b = new StringBuilder();
        SurgeReport.Settings s = r.settings();
        b.append(f("Surge against %s: %d citizens over %.0f s, curve %s, lights %s, misbehave %.0f%%, seed %d%n",
                s.url(), s.citizens(), s.durationSeconds(), s.curve(), s.followLights() ? "followed" : "ignored",
                s.misbehave() * 100, s.seed()));
        b.append(f("Elapsed %.1f s; arrived %d, never started %d%n", r.elapsedSeconds(), r.started(), r.notStarted()));
        b.append(f("Outcomes: %s%n", r.outcomes()));
        r.outcomesByBehavior().forEach((k, v) -> b.append(f("  %-14s %s%n", k, v)));
        b.append(f("Flows completed: %d — %.1f/s overall, %.1f/s sustained (middle 80%%)%n", r.booked(),
                r.flowsPerSecond(), r.sustainedFlowsPerSecond()));
        if (r.bookingBurst() != null) {
            b.append(f("Booking step alone: %d bookings released at once (%.1f s in), %.1f bookings/s%n",
                    r.bookingBurst().bookings(), r.bookingBurst().releasedAtMs() / 1000.0,
                    r.bookingBurst().bookingsPerSecond()));
        }
        b.append(f("Queue wait: p95 %.0f ms, max %.0f ms%n", r.queueWaitP95Ms(), r.queueWaitMaxMs()));
        if (r.cpu() != null && r.cpu().serverMs() >= 0 && r.cpu().units() > 0) {
            b.append(f("CPU per booked flow: server %.2f ms, simulator %.2f ms (first arrival to last citizen done)%n",
                    r.cpu().serverUsPerUnit() / 1000, r.cpu().simulatorUsPerUnit() / 1000));
        }
        b.append(f("%-28s %8s %9s %9s %9s %9s %9s%n", "step (ms)", "count", "p50", "p90", "p95", "p99", "max"));
        for (SurgeReport.StepLatency l : r.steps()) {
            if (l.count() > 0) {
                b.append(f("%-28s %8d %9.1f %9.1f %9.1f %9.1f %9.1f%n", l.label(), l.count(), l.p50Ms(), l.p90Ms(),
                        l.p95Ms(), l.p99Ms(), l.maxMs()));
            }
        }
        b.append(f("Refusals by code: %s%n", or(r.refusalsByCode())));
        b.append(f("Errors: %d %s%n", r.errors(), r.errorsByKind().isEmpty() ? "" : r.errorsByKind()));
        b.append(f("Contract breaches seen during the run: %s%n", or(r.violations())));
        SurgeReport.Invariants i = r.invariants();
        b.append(f("Invariants %s: %d people checked, %d bookings found, %d with more than one, %d confirmed but "
                        + "missing, %d unexpected, %d unchecked%n", i.hold() ? "HOLD" : "BROKEN", i.peopleChecked(),
                i.confirmedFound(), i.multipleBookings(), i.confirmedMissing(), i.unexpectedBookings(),
                i.unchecked()));
        b.append(i.stockChecked()
                ? f("  stock: %d clinic-dates booked, %d over stock, %d not matching this run's bookings%n",
                i.clinicDates(), i.overbooked(), i.stockMismatches())
                : f("  stock not checked: %s%n", i.stockNote()));
        SurgeReport.RegionLedger g = r.regionLedger();
        if (g != null) {
            b.append(g.checked()
                    ? f("  staff booking report: %d provinces, %d over their allocation, %d ledger mismatches "
                            + "(allocated - remaining != bookings), %d not grown by this run's bookings%n", g.regions(),
                    g.overAllocated(), g.ledgerMismatches(), g.deltaMismatches())
                    : f("  staff booking report not checked: %s%n", g.note()));
        }
        r.notes().forEach(n -> b.append("Note: ").append(n).append(System.lineSeparator()));
        return b.toString();
    }

    private static Object or(Map<String, Long> m) {
        return m.isEmpty() ? "none" : m;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
