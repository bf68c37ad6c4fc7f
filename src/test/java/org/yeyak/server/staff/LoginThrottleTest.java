package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.store.Database;

class LoginThrottleTest {
    @TempDir
    Path data;
    Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    LoginThrottle throttle;

    @BeforeEach
    void open() {
        db = Database.open(data, null, null, null);
        throttle = new LoginThrottle(db.dataSource(), clock, LoginThrottle.Policy.defaults());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstFailuresAreAnsweredAtOnceThenEachWaitsLonger() {
        LoginThrottle.Policy p = LoginThrottle.Policy.defaults();
        assertThat(p.delayAfter(1)).isZero();
        assertThat(p.delayAfter(2)).isZero();
        assertThat(p.delayAfter(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayAfter(40)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theFifthFailureInARowLocksTheNameForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            LoginThrottle.Failure f = throttle.recordFailure("official");
            assertThat(f.locked()).as("failure %d", i).isFalse();
            assertThat(f.failures()).isEqualTo(i);
        }
        assertThat(throttle.lockedFor("official")).isEmpty();
        LoginThrottle.Failure fifth = throttle.recordFailure("official");
        assertThat(fifth.locked()).isTrue();
        assertThat(fifth.lockedFor()).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("official")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("official")).isEmpty();
    }

    @Test
    void aLockIsPerNameAndCoversNamesWithoutAnAccountAlike() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("nobody-here");
        }
        assertThat(throttle.lockedFor("nobody-here")).isPresent();
        assertThat(throttle.lockedFor("official")).isEmpty();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        throttle.recordFailure("analyst");
        throttle.recordFailure("analyst");
        throttle.recordSuccess("analyst");
        assertThat(throttle.recordFailure("analyst").failures()).isEqualTo(1);
    }

    @Test
    void failuresLongAgoAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("callcenter");
        }
        clock.advance(Duration.ofMinutes(16));
        LoginThrottle.Failure f = throttle.recordFailure("callcenter");
        assertThat(f.failures()).isEqualTo(1);
        assertThat(f.locked()).isFalse();
    }

    @Test
    void concurrentFailuresAreAllCountedSoTheLockCannotBeRacedPast() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<LoginThrottle.Failure>> jobs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                jobs.add(() -> throttle.recordFailure("racer"));
            }
            List<LoginThrottle.Failure> results = new ArrayList<>();
            for (Future<LoginThrottle.Failure> f : pool.invokeAll(jobs)) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(LoginThrottle.Failure::locked).hasSize(1);
            assertThat(throttle.lockedFor("racer")).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
