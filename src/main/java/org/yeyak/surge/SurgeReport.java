package org.yeyak.surge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.yeyak.client.Json;

/**
 * What one run measured and what the server's state showed afterwards. Latencies are in
 * milliseconds. Serialises to JSON as is; {@link ReportText} renders it for people.
 *
 * @param flowsPerSecond          bookings confirmed per second, from the window's opening in the run
 *                                to the last confirmation
 * @param sustainedFlowsPerSecond the middle 80% of the confirmations divided by the time they took
 *                                (leaves out the ramp-up and the tail)
 * @param regionLedger            the staff booking report's check, null unless a staff password was given
 * @param bookingBurst            null unless the run held everyone before booking
 */
public record SurgeReport(Settings settings, double elapsedSeconds, long started, long notStarted,
                          Map<String, Long> outcomes, Map<String, Map<String, Long>> outcomesByBehavior,
                          double flowsPerSecond, double sustainedFlowsPerSecond, List<StepLatency> steps,
                          double queueWaitP95Ms, double queueWaitMaxMs, Map<String, Long> refusalsByCode,
                          long errors, Map<String, Long> errorsByKind, Map<String, Long> violations,
                          Invariants invariants, RegionLedger regionLedger, BookingBurst bookingBurst,
                          CpuUse cpu, List<String> notes) {

    /**
     * CPU time the servers (all nodes) and the simulator used for some units of work — requests of
     * the baseline, or the citizens' flows from the first arrival to the last citizen done (the
     * checks afterwards not included). A field is -1 when it could not be read.
     */
    public record CpuUse(long units, double serverMs, double simulatorMs) {
        static CpuUse of(CpuTime.Reading used, long units) {
            return new CpuUse(units, used.server() < 0 ? -1 : used.server() / 1e6,
                    used.simulator() < 0 ? -1 : used.simulator() / 1e6);
        }

        /** Server CPU per unit in microseconds, or -1. */
        public double serverUsPerUnit() {
            return serverMs < 0 || units <= 0 ? -1 : serverMs * 1000 / units;
        }

        /** Simulator CPU per unit in microseconds, or -1. */
        public double simulatorUsPerUnit() {
            return simulatorMs < 0 || units <= 0 ? -1 : simulatorMs * 1000 / units;
        }
    }

    /** The run's settings as reported (no secrets; the URL is the target's). */
    public record Settings(String url, int citizens, double durationSeconds, String curve, boolean followLights,
                           double misbehave, long seed, String bookingDay, double preOpenSeconds) {
        static Settings of(SurgeConfig c) {
            return new Settings(c.url(), c.citizens(), c.duration().toMillis() / 1000.0, c.curve().label(),
                    c.followLights(), c.misbehave(), c.seed(), c.bookingDay().toString(),
                    c.preOpen().toMillis() / 1000.0);
        }
    }

    /**
     * The analysts' booking report per province, before and after the run.
     *
     * @param overAllocated    provinces with more standing bookings than doses allocated, or
     *                         negative remaining stock (must be 0)
     * @param ledgerMismatches provinces where allocated − remaining ≠ standing bookings
     * @param deltaMismatches  provinces whose bookings grew by other than this run's bookings there
     *                         (0 when nobody else used the server meanwhile)
     */
    public record RegionLedger(boolean checked, long regions, long overAllocated, long ledgerMismatches,
                               long deltaMismatches, String note) {
        static RegionLedger skipped(String why) {
            return new RegionLedger(false, 0, 0, 0, 0, why);
        }
    }

    /**
     * The booking step alone (hold mode): everyone admitted booked at once.
     *
     * @param bookings          bookings confirmed in the burst
     * @param releasedAtMs      when the gate opened (ms since the run started)
     * @param bookingsPerSecond bookings / (last confirmation − release)
     */
    public record BookingBurst(long bookings, long releasedAtMs, double bookingsPerSecond) {
    }

    /** Percentiles of one step, in milliseconds. */
    public record StepLatency(String step, String label, long count, double p50Ms, double p90Ms, double p95Ms,
                              double p99Ms, double maxMs) {
    }

    /**
     * The invariants, checked from the server after the run.
     *
     * @param peopleChecked      verified citizens whose {@code GET /bookings/me} was read
     * @param confirmedFound     confirmed bookings the server still holds for their person
     * @param multipleBookings   people holding more than one booking (must be 0)
     * @param confirmedMissing   bookings answered 201 but absent afterwards (must be 0)
     * @param unexpectedBookings bookings held by people who were never answered 201 and never left
     *                           a request unanswered (must be 0)
     * @param unchecked          people whose session could not be read (expired, errors)
     * @param stockChecked       whether clinic stock was read before and after
     * @param clinicDates        clinic-dates booked in this run
     * @param overbooked         clinic-dates with more bookings than stock before, or negative after (must be 0)
     * @param stockMismatches    clinic-dates whose stock fell by other than this run's bookings
     *                           (0 when nobody else used the server meanwhile)
     */
    public record Invariants(long peopleChecked, long confirmedFound, long multipleBookings, long confirmedMissing,
                             long unexpectedBookings, long unchecked, boolean stockChecked, long clinicDates,
                             long overbooked, long stockMismatches, String stockNote) {
        public boolean hold() {
            return multipleBookings == 0 && confirmedMissing == 0 && unexpectedBookings == 0 && overbooked == 0;
        }

        static Invariants skipped(String why) {
            return new Invariants(0, 0, 0, 0, 0, 0, false, 0, 0, 0, why);
        }
    }

    public long booked() {
        return outcomes.getOrDefault(Outcome.BOOKED.name(), 0L);
    }

    public String toJson() {
        try {
            return Json.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toText() {
        return ReportText.render(this);
    }
}
