package org.yeyak.server.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.rules.InvalidResidentIdException;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.ServerClock;
import org.yeyak.server.admission.FrontDoorSettings;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.metrics.WindowStats;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.security.ServerKeys;
import org.yeyak.server.session.CitizenSession;
import org.yeyak.server.session.SessionTokens;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.TimeOrderedIds;

/**
 * Identity verification, first step of the citizen flow: validate the claim, refuse early
 * (provider GRAY, another device's live session, a verification completed within the
 * window), hand it to the provider, and when the provider vouches, give the session to the
 * first device to finish. Nothing is written at the start: the verification travels sealed in
 * its id ({@link VerificationIds}); its outcome is stored, so a poll on any node, or after a
 * restart, opens the id and reads the outcome.
 */
public final class VerificationService {
    private static final Logger log = LoggerFactory.getLogger(VerificationService.class);
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    /** Korean mobile numbers: 010-1234-5678, 01012345678, 011-123-4567 ... */
    private static final Pattern PHONE = Pattern.compile("01[016789]-?\\d{3,4}-?\\d{4}");
    /** Letters (any script), spaces, dots, hyphens, apostrophes: 1–50 of them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]{0,49}");

    private final ProviderRegistry providers;
    private final VerificationStore store;
    private final BatchWriter writer;
    private final PersonKeys personKeys;
    private final SessionTokens tokens;
    private final VerificationIds ids;
    private final ServerClock clock;
    private final FrontDoorSettings settings;
    private final Executor callbacks;

    /** What a poll (or the start) answers. */
    public record Status(String verificationId, String status, Long pollAfterMs, String sessionToken,
                         Instant expiresAt, Person person, String code) {
    }

    public record Person(String birthDate, String maskedName) {
    }

    /** {@code writer}: the node's group commit, which the starts and completions share with bookings. */
    public VerificationService(ProviderRegistry providers, DataSource ds, BatchWriter writer, ServerKeys keys,
                               PersonKeys personKeys, SessionTokens tokens, ServerClock clock, FrontDoorSettings settings,
                               Executor callbacks) {
        this.providers = providers;
        this.store = new VerificationStore(ds, writer);
        this.writer = writer;
        this.personKeys = personKeys;
        this.tokens = tokens;
        this.ids = new VerificationIds(keys);
        this.clock = clock;
        this.settings = settings;
        this.callbacks = callbacks;
    }

    /** {@code POST /api/v1/auth/verifications}: 202 PENDING, or a refusal. */
    public Status start(VerificationRequest r) {
        String providerId = Bodies.require(r.provider(), "provider");
        if (!providers.exists(providerId)) {
            throw ApiError.invalidInput("provider", "Unknown provider '" + clip(providerId)
                    + "'; one of " + String.join(", ", providers.ids()) + ".");
        }
        String name = Bodies.require(r.name(), "name").strip();
        if (!NAME.matcher(name).matches()) {
            throw ApiError.invalidInput("name", "Field 'name' must be 1–50 letters (spaces, '.', '-' and ''' allowed).");
        }
        ResidentId residentId;
        try {
            residentId = ResidentId.parse(Bodies.require(r.residentId(), "residentId"));
        } catch (InvalidResidentIdException e) {
            throw ApiError.invalidInput("residentId", e.getMessage());
        }
        String phone = Bodies.require(r.phone(), "phone");
        if (!PHONE.matcher(phone).matches()) {
            throw ApiError.invalidInput("phone", "Field 'phone' must be a mobile number such as 010-1234-5678.");
        }
        String deviceId = Bodies.require(r.deviceId(), "deviceId");
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            throw ApiError.invalidInput("deviceId", "Field 'deviceId' must be 8–64 characters of A–Z, a–z, 0–9, '.', '_', '-'.");
        }
        if (!providers.selectable(providerId)) {
            throw unavailable(providerId);
        }
        Instant now = clock.instant();
        long rateLimitMs = settings.verificationRateLimit().toMillis();
        Verification v = new Verification(randomId(), personKeys.of(residentId).value(), deviceId, providerId,
                residentId.birthDate(), Names.mask(name), now, now.plus(settings.verificationTimeout()).plusSeconds(5));
        Optional<VerificationStore.Block> block = store.check(v.personKey(), deviceId, now.toEpochMilli(), rateLimitMs);
        if (block.isPresent()) {
            throw refusal(block.get(), now);
        }
        Optional<CompletableFuture<ProviderOutcome>> call = providers.verify(providerId,
                new IdentityClaim(name, residentId, phone));
        if (call.isEmpty()) {
            throw unavailable(providerId);
        }
        call.get().thenAcceptAsync(outcome -> finish(v, outcome), callbacks).exceptionally(e -> {
            log.error("Could not record the outcome of verification {}", v.id(), e);
            return null;
        });
        return new Status(ids.seal(v), "PENDING", pollAfter(providerId), null, null, null, null);
    }

    /** {@code GET /api/v1/auth/verifications/{id}}. */
    public Status poll(String verificationId) {
        Verification v = ids.open(verificationId).orElseThrow(() -> ApiError.notFound("No such verification."));
        Optional<Verification.Outcome> outcome = store.outcome(v);
        Instant now = clock.instant();
        if (outcome.isEmpty() && now.isAfter(v.deadline())) {
            // The node that asked the provider is gone or the answer was lost: it will not come now.
            outcome = Optional.of(store.fail(v, ProviderOutcome.PROVIDER_TIMEOUT, now).join());
        }
        if (outcome.isEmpty()) {
            return new Status(null, "PENDING", pollAfter(v.providerId()), null, null, null, null);
        }
        Verification.Outcome o = outcome.get();
        return switch (o.status()) {
            case PENDING -> new Status(null, "PENDING", pollAfter(v.providerId()), null, null, null, null);
            case FAILED -> new Status(null, "FAILED", null, null, null, null, o.failureCode());
            case VERIFIED -> verified(v, o);
        };
    }

    private Status verified(Verification v, Verification.Outcome o) {
        // VERIFIED was written by a batch and read here on another connection: on H2 that commit
        // may be visible but not yet in the file. A session handed out before it is would outlive
        // a crash at that instant while the person's row forgot which device holds it (and let a
        // second device in), so wait out the commits in progress first.
        writer.awaitCommitsInProgress();
        return new Status(null, "VERIFIED", null,
                tokens.issue(new CitizenSession(v.personKey(), v.birthDate(), v.deviceId(), o.sessionId(),
                        o.sessionExpiresAt())),
                o.sessionExpiresAt(), new Person(v.birthDate().toString(), v.maskedName()), null);
    }

    /** Drops recorded failures older than an hour. */
    public int purgeOld() {
        return store.purge(clock.instant().minus(Duration.ofHours(1)));
    }

    /**
     * Records the provider's answer in a coming batch without waiting for it (this runs on a
     * callbacks thread); the citizen learns the outcome by polling, which reads the store.
     */
    private void finish(Verification v, ProviderOutcome outcome) {
        CompletableFuture<?> stored;
        if (outcome.verified()) {
            Instant now = clock.instant();
            stored = store.complete(v, randomId(), now, now.plus(settings.sessionTtl()),
                    settings.verificationRateLimit().toMillis());
        } else {
            stored = store.fail(v, outcome.failureCode(), clock.instant());
        }
        stored.whenComplete((done, e) -> {
            if (e != null) {
                log.error("Could not record the outcome of verification {}", v.id(), e);
            }
        });
    }

    private long pollAfter(String providerId) {
        long expected = providers.stats(providerId).map(WindowStats.Snapshot::p50Ms).orElse(0L);
        if (expected == 0) {
            expected = Math.round(providers.view(providerId).serviceTimeMs() * settings.providerTimeScale());
        }
        return Math.max(100, Math.min(2000, expected / 2));
    }

    private ApiError refusal(VerificationStore.Block block, Instant now) {
        if (block instanceof VerificationStore.RateLimited rl) {
            long seconds = Math.max(1, (Duration.between(now, rl.retryAt()).toMillis() + 999) / 1000);
            return new ApiError(429, "RATE_LIMITED", "Too many verifications",
                    "This person completed a verification less than " + settings.verificationRateLimit().toMinutes()
                            + " minutes ago; try again in " + seconds + " seconds.")
                    .header("Retry-After", Long.toString(seconds)).with("retryAfterSeconds", seconds);
        }
        return ApiError.conflict("DEVICE_CONFLICT", "Signed in on another device",
                "Another device holds this person's session; only that device may go on until the session ends.");
    }

    private static ApiError unavailable(String providerId) {
        return new ApiError(503, "PROVIDER_UNAVAILABLE", "Provider unavailable",
                "Provider '" + providerId + "' is not available now; please choose another.").with("provider", providerId);
    }

    private static String clip(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    static String randomId() {
        return TimeOrderedIds.compact();
    }
}
