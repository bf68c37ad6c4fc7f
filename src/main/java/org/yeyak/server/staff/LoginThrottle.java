package org.yeyak.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Counts failed sign-ins per user name in the store (so that every node of a cluster sees
 * the same count) and decides how much to slow down, and when to lock the name for a while.
 * Names that have no account are counted the same way, so the answers never reveal which
 * names exist. A success clears the count; failures older than {@code forgetAfter} are forgotten.
 */
public final class LoginThrottle {
    /**
     * @param slowAfter  failures answered at once; each later one waits {@code baseDelay}, doubling
     * @param lockAfter  the failure that locks the name (answered {@code 429} at once)
     */
    public record Policy(int slowAfter, Duration baseDelay, Duration maxDelay, int lockAfter, Duration lockFor,
                         Duration forgetAfter) {
        public static Policy defaults() {
            return new Policy(2, Duration.ofMillis(500), Duration.ofSeconds(2), 5, Duration.ofMinutes(15),
                    Duration.ofMinutes(15));
        }

        /** The pause before answering the {@code failures}-th failure in a row. */
        public Duration delayAfter(int failures) {
            if (failures <= slowAfter) {
                return Duration.ZERO;
            }
            long factor = 1L << Math.min(20, failures - slowAfter - 1);
            Duration d = baseDelay.multipliedBy(factor);
            return d.compareTo(maxDelay) > 0 ? maxDelay : d;
        }
    }

    /** The outcome of one failure: wait {@code delay}, or the name is now locked for {@code lockedFor}. */
    public record Failure(int failures, Duration delay, Duration lockedFor) {
        public boolean locked() {
            return lockedFor != null;
        }
    }

    private final DataSource ds;
    private final Clock clock;
    private final Policy policy;

    public LoginThrottle(DataSource ds, Clock clock, Policy policy) {
        this.ds = ds;
        this.clock = clock;
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    /** How long the name stays locked, or empty when a sign-in may be tried. */
    public Optional<Duration> lockedFor(String username) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT locked_until FROM staff_login_throttle WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return remaining(instant(rs.getObject(1, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sign-in throttle", e);
        }
    }

    /** Counts one failure, atomically across nodes. */
    public Failure recordFailure(String username) {
        Instant now = clock.instant();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement in = c.prepareStatement(
                        "INSERT INTO staff_login_throttle (username, failures, last_failure_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")) {
                    in.setString(1, username);
                    in.setObject(2, odt(now));
                    in.executeUpdate();
                }
                int failures;
                Instant last;
                Instant lockedUntil;
                try (PreparedStatement sel = c.prepareStatement(
                        "SELECT failures, last_failure_at, locked_until FROM staff_login_throttle WHERE username = ? FOR UPDATE")) {
                    sel.setString(1, username);
                    try (ResultSet rs = sel.executeQuery()) {
                        rs.next();
                        failures = rs.getInt(1);
                        last = instant(rs.getObject(2, OffsetDateTime.class));
                        lockedUntil = instant(rs.getObject(3, OffsetDateTime.class));
                    }
                }
                Optional<Duration> stillLocked = remaining(lockedUntil);
                if (stillLocked.isPresent()) {
                    c.commit();
                    return new Failure(failures, Duration.ZERO, stillLocked.get());
                }
                if (failures > 0 && last.plus(policy.forgetAfter()).isBefore(now)) {
                    failures = 0;
                }
                failures++;
                Instant lockUntil = failures >= policy.lockAfter() ? now.plus(policy.lockFor()) : null;
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE staff_login_throttle SET failures = ?, last_failure_at = ?, locked_until = ? WHERE username = ?")) {
                    // A lock starts a fresh count: after it ends, the name gets the full allowance again.
                    up.setInt(1, lockUntil != null ? 0 : failures);
                    up.setObject(2, odt(now));
                    up.setObject(3, lockUntil == null ? null : odt(lockUntil));
                    up.setString(4, username);
                    up.executeUpdate();
                }
                c.commit();
                return lockUntil != null
                        ? new Failure(failures, Duration.ZERO, policy.lockFor())
                        : new Failure(failures, policy.delayAfter(failures), null);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a failed sign-in", e);
        }
    }

    /** A successful sign-in forgets the earlier failures. */
    public void recordSuccess(String username) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM staff_login_throttle WHERE username = ?")) {
            ps.setString(1, username);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the sign-in throttle", e);
        }
    }

    private Optional<Duration> remaining(Instant lockedUntil) {
        if (lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private static OffsetDateTime odt(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
