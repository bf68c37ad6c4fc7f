package org.yeyak.surge;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The live tallies of one run, safe to update from thousands of virtual threads: latency
 * histograms per step (microseconds, 3 significant digits, up to one hour), refusal codes,
 * error kinds, outcomes per behaviour, contract violations seen during the run, and the
 * completion times from which throughput is computed.
 */
public final class SurgeStats {
    static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Map<Step, ConcurrentHistogram> latencies = new EnumMap<>(Step.class);
    private final ConcurrentHistogram completionMillis = new ConcurrentHistogram(TimeUnit.DAYS.toMillis(1), 3);
    private final ConcurrentHashMap<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> violations = new ConcurrentHashMap<>();
    private final Map<Misbehavior, Map<Outcome, LongAdder>> outcomes = new EnumMap<>(Misbehavior.class);
    private final LongAdder started = new LongAdder();
    private final AtomicLong inQueue = new AtomicLong();
    private final long startNanos;

    public SurgeStats(long startNanos) {
        this.startNanos = startNanos;
        for (Step s : Step.values()) {
            latencies.put(s, new ConcurrentHistogram(MAX_MICROS, 3));
        }
        for (Misbehavior b : Misbehavior.values()) {
            Map<Outcome, LongAdder> m = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                m.put(o, new LongAdder());
            }
            outcomes.put(b, m);
        }
    }

    void record(Step step, long nanos) {
        long micros = Math.max(1, Math.min(MAX_MICROS, TimeUnit.NANOSECONDS.toMicros(nanos)));
        latencies.get(step).recordValue(micros);
    }

    void refused(String code) {
        refusals.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Something the server did that the contract forbids (e.g. two devices both verified). */
    void violation(String kind) {
        violations.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void arrived() {
        started.increment();
    }

    void enteredQueue() {
        inQueue.incrementAndGet();
    }

    void leftQueue() {
        inQueue.decrementAndGet();
    }

    void finished(Misbehavior behavior, Outcome outcome) {
        outcomes.get(behavior).get(outcome).increment();
        if (outcome == Outcome.BOOKED) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            completionMillis.recordValue(Math.max(0, Math.min(ms, completionMillis.getHighestTrackableValue())));
        }
    }

    public long started() {
        return started.sum();
    }

    public long inQueueNow() {
        return inQueue.get();
    }

    public long count(Outcome outcome) {
        return outcomes.values().stream().mapToLong(m -> m.get(outcome).sum()).sum();
    }

    public long finished() {
        long n = 0;
        for (Outcome o : Outcome.values()) {
            n += count(o);
        }
        return n;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Long> refusalsByCode() {
        return snapshot(refusals);
    }

    public Map<String, Long> errorsByKind() {
        return snapshot(errors);
    }

    public Map<String, Long> violations() {
        return snapshot(violations);
    }

    /** Outcomes per behaviour label, only the non-zero ones. */
    public Map<String, Map<String, Long>> outcomesByBehavior() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        outcomes.forEach((b, m) -> m.forEach((o, n) -> {
            if (n.sum() > 0) {
                out.computeIfAbsent(b.label(), k -> new TreeMap<>()).put(o.name(), n.sum());
            }
        }));
        return out;
    }

    /** A copy of one step's latency histogram (microseconds). */
    public Histogram latency(Step step) {
        return latencies.get(step).copy();
    }

    /** A copy of the booking completion times (milliseconds since the run started). */
    public Histogram completions() {
        return completionMillis.copy();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
