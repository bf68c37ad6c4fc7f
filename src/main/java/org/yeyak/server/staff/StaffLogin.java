package org.yeyak.server.staff;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.yeyak.server.http.ApiError;

/**
 * Staff sign-in. Wrong user name and wrong password get the same answer after the same work
 * (a password hash is checked either way); failures are counted per name in the store, slow
 * down after a few, and then lock the name ({@code 429 TOO_MANY_ATTEMPTS} with Retry-After).
 * While a name is locked even the right password is refused. Hashing is costly by design, so
 * only a few sign-ins hash at a time: a flood of sign-ins cannot starve the booking server.
 */
public final class StaffLogin {
    public static final int MAX_USERNAME = 64;
    public static final int MAX_PASSWORD = 256;

    /** What a sign-in attempt came to (for the audit log). */
    public record Attempt(String username, boolean success, Role role, StaffTokens.Issued issued, ApiError refusal) {
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final StaffTokens tokens;
    private final Semaphore hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    public StaffLogin(StaffAccounts accounts, PasswordHasher hasher, LoginThrottle throttle, StaffTokens tokens) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** User names are compared without case, so "Official" and "official" share one count. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Attempt login(String rawUsername, String password) {
        String username = normalize(rawUsername);
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            return refused(username, tooMany(locked.get()));
        }
        Optional<StaffAccount> account = accounts.find(username).filter(StaffAccount::enabled);
        boolean ok = hash(() -> account.isPresent()
                ? hasher.matches(password, account.get().passwordHash())
                : hasher.matchesDecoy(password));
        if (ok) {
            throttle.recordSuccess(username);
            StaffAccount a = account.get();
            if (hasher.needsRehash(a.passwordHash())) {
                accounts.upsert(new StaffAccount(a.username(), a.role(), hasher.hash(password), a.demo(), a.enabled(),
                        a.createdAt()));
            }
            return new Attempt(username, true, a.role(), tokens.issue(username, a.role()), null);
        }
        LoginThrottle.Failure f = throttle.recordFailure(username);
        if (f.locked()) {
            return refused(username, tooMany(f.lockedFor()));
        }
        pause(f.delay());
        return refused(username, ApiError.unauthorized("INVALID_CREDENTIALS", "Wrong user name or password."));
    }

    private boolean hash(java.util.function.BooleanSupplier work) {
        try {
            hashing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
        try {
            return work.getAsBoolean();
        } finally {
            hashing.release();
        }
    }

    private static Attempt refused(String username, ApiError e) {
        return new Attempt(username, false, null, null, e);
    }

    private static ApiError tooMany(Duration left) {
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        return new ApiError(429, "TOO_MANY_ATTEMPTS", "Too many attempts",
                "Too many failed sign-ins: try again in " + ((seconds + 59) / 60) + " minute(s).")
                .with("retryAfterSeconds", seconds)
                .header("Retry-After", Long.toString(seconds));
    }

    /** The slow-down after repeated failures (a virtual thread waits; nothing else is held). */
    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
