package org.yeyak.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class WindowStatsTest {
    private record Answer(long atMs, long latencyMs, boolean failed) {
    }

    @Test
    void theRunningSumAgreesWithTheAnswersInsideTheWindowAsTimeMoves() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        WindowStats stats = new WindowStats(Duration.ofSeconds(5), now::get);
        List<Answer> answers = new ArrayList<>();
        Random random = new Random(7);
        for (int step = 0; step < 3_000; step++) {
            now.addAndGet(random.nextInt(random.nextInt(20) == 0 ? 4_000 : 60));
            if (random.nextBoolean()) {
                Answer a = new Answer(now.get(), random.nextInt(3_000), random.nextInt(10) == 0);
                answers.add(a);
                stats.record(a.latencyMs(), a.failed());
            }
            if (step % 7 == 0) {
                WindowStats.Snapshot s = stats.snapshot();
                long second = now.get() / 1000;
                List<Answer> inside = answers.stream().filter(a -> a.atMs() / 1000 > second - 5).toList();
                assertThat(s.answers()).as("answers at step %d", step).isEqualTo(inside.size());
                assertThat(s.errors()).isEqualTo(inside.stream().filter(Answer::failed).count());
                assertThat(s.p95Ms()).isEqualTo(percentile(inside, 95));
                assertThat(s.totalAnswers()).isEqualTo(answers.size());
            }
        }
    }

    @Test
    void recentReadsOnlyTheLastSeconds() {
        AtomicLong now = new AtomicLong(50_000L);
        WindowStats stats = new WindowStats(Duration.ofSeconds(10), now::get);
        for (int i = 0; i < 100; i++) {
            stats.record(5_000, false);       // a slow second ...
        }
        now.addAndGet(3_000);
        for (int i = 0; i < 30; i++) {
            stats.record(100, false);         // ... then three seconds later, fast answers
        }
        assertThat(stats.snapshot().p95Ms()).isGreaterThan(4_000);
        assertThat(stats.recent(2).p95Ms()).isLessThan(200);
        assertThat(stats.recent(2).answers()).isEqualTo(30);
        assertThat(stats.recent(4).answers()).isEqualTo(130);
    }

    @Test
    void anEmptyWindowReadsAsZero() {
        AtomicLong now = new AtomicLong(0);
        WindowStats stats = new WindowStats(Duration.ofSeconds(3), now::get);
        stats.record(900, true);
        now.addAndGet(10_000);
        WindowStats.Snapshot s = stats.snapshot();
        assertThat(s.answers()).isZero();
        assertThat(s.p95Ms()).isZero();
        assertThat(s.totalErrors()).isEqualTo(1);
    }

    private static long percentile(List<Answer> answers, double p) {
        if (answers.isEmpty()) {
            return 0;
        }
        Histogram h = new Histogram(3_600_000, 2);
        answers.forEach(a -> h.recordValue(a.latencyMs()));
        return h.getValueAtPercentile(p);
    }
}
