package org.yeyak.surge;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/** The arithmetic behind the report, kept apart so it can be checked on its own. */
public final class ReportMath {
    /** At most this many people on one birth-digit day of the 2021 18–49 round. */
    public static final long PEOPLE_ON_BUSIEST_DAY_2021 = 1_900_000;

    private ReportMath() {
    }

    /** Percentiles (ms) of a histogram recorded in microseconds. */
    public static SurgeReport.StepLatency stepLatency(Step step, Histogram micros) {
        long n = micros.getTotalCount();
        if (n == 0) {
            return new SurgeReport.StepLatency(step.name(), step.label(), 0, 0, 0, 0, 0, 0);
        }
        return new SurgeReport.StepLatency(step.name(), step.label(), n,
                ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()));
    }

    /** Events per second over a span; 0 for an empty span. */
    public static double perSecond(long events, double spanMillis) {
        return spanMillis <= 0 ? 0 : events * 1000.0 / spanMillis;
    }

    /**
     * The rate of the middle 80% of completions (their times in ms since the start): leaves out
     * the warm-up and the stragglers, which on a short run dominate the plain average.
     * Falls back to {@code overall} when too few completions or all at one instant.
     */
    public static double sustained(Histogram completionMillis, double overall) {
        long n = completionMillis.getTotalCount();
        if (n < 20) {
            return overall;
        }
        double span = completionMillis.getValueAtPercentile(90) - completionMillis.getValueAtPercentile(10);
        return span <= 0 ? overall : perSecond(Math.round(n * 0.8), span);
    }

    /**
     * How long the last of {@code people} arriving at once waits, when they are served at the
     * measured rate: people / rate. (Everyone is in line at the same instant; the last one is
     * served after all the others.)
     */
    public static Duration maxWaitAllAtOnce(long people, double flowsPerSecond) {
        if (flowsPerSecond <= 0) {
            throw new IllegalArgumentException("no throughput measured");
        }
        return Duration.ofMillis(Math.round(people / flowsPerSecond * 1000));
    }

    /** Flows per second needed so that {@code people} arriving at once all book within {@code wait}. */
    public static double rateNeeded(long people, Duration wait) {
        return people / (wait.toMillis() / 1000.0);
    }

    static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
