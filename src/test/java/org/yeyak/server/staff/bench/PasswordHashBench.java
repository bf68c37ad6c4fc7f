package org.yeyak.server.staff.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yeyak.server.staff.PasswordHasher;

/**
 * The cost of one staff password check (PBKDF2-HMAC-SHA256, 600,000 iterations): what every
 * sign-in, right or wrong, known user or not, spends. Run:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="PasswordHashBench -f 1 -wi 1 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PasswordHashBench {
    private PasswordHasher hasher;
    private String stored;

    @Setup
    public void setUp() {
        hasher = new PasswordHasher();
        stored = hasher.hash("correct horse battery staple");
    }

    @Benchmark
    public boolean checkAWrongPassword() {
        return hasher.matches("wrong horse battery staple", stored);
    }
}
