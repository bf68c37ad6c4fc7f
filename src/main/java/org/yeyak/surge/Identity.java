package org.yeyak.surge;

import static org.yeyak.surge.CitizenApi.listOf;
import static org.yeyak.surge.CitizenApi.type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.yeyak.client.citizen.ProviderStatus;
import org.yeyak.client.citizen.VerificationRequest;
import org.yeyak.client.citizen.VerificationStatus;
import org.yeyak.surge.CitizenApi.Session;

/**
 * A citizen's identity verification: opens the provider list (the page load), picks a
 * provider — by the traffic lights, or by habit — starts a verification and polls it as told.
 * A provider that fails or is unavailable is swapped for another, up to three tries.
 */
final class Identity {
    /** How people chose in 2021 when they ignored the lights: mostly the big messengers. */
    static final Map<String, Double> POPULARITY = Map.of(
            "kakao", 0.35, "naver", 0.25, "pass", 0.20, "mobile", 0.10, "ipin", 0.05, "certificate", 0.05);
    private static final List<String> ALL = List.of("kakao", "naver", "pass", "mobile", "ipin", "certificate");
    private static final int ATTEMPTS = 3;
    private static final long MAX_POLL_MS = 10_000;

    private final RunContext ctx;
    private final CitizenApi api;
    private final Resident resident;
    private final Misbehavior behavior;
    private final SplittableRandom random;

    Identity(RunContext ctx, CitizenApi api, Resident resident, Misbehavior behavior, SplittableRandom random) {
        this.ctx = ctx;
        this.api = api;
        this.resident = resident;
        this.behavior = behavior;
        this.random = random;
    }

    /**
     * Either a session ({@code outcome} null) or how the visit ended. {@code otherDevice} is the
     * losing device of a two-device citizen, which then tries the winner's token.
     */
    record Result(Session session, String otherDevice, Outcome outcome) {
    }

    Result verify() throws InterruptedException {
        String device = deviceId();
        if (behavior != Misbehavior.SECOND_DEVICE) {
            return single(device);
        }
        String laptop = deviceId();
        long stagger = random.nextLong(300);
        Result[] results = new Result[2];
        Thread other = Thread.ofVirtual().start(() -> {
            try {
                results[1] = attempt(laptop, new HashSet<>(), stagger);
            } catch (InterruptedException e) {
                results[1] = new Result(null, null, Outcome.UNFINISHED);
            }
        });
        results[0] = attempt(device, new HashSet<>(), 0);
        other.join();
        boolean phone = results[0].session() != null;
        boolean pc = results[1].session() != null;
        if (phone && pc) {
            ctx.stats.violation("TWO_DEVICES_VERIFIED");
            return new Result(results[0].session(), null, null);
        }
        if (phone || pc) {
            return new Result(phone ? results[0].session() : results[1].session(), phone ? laptop : device, null);
        }
        if (results[0].outcome() == Outcome.UNFINISHED || results[1].outcome() == Outcome.UNFINISHED) {
            throw new InterruptedException("stopped");
        }
        // Neither won (e.g. both providers failed): carry on with the phone alone.
        return single(device);
    }

    private Result single(String device) throws InterruptedException {
        Set<String> failed = new HashSet<>();
        Result last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            last = attempt(device, failed, 0);
            if (last.session() != null || last.outcome() != null) {
                return last;
            }
        }
        return new Result(null, null, Outcome.ERROR);
    }

    /** One verification; a result with neither session nor outcome means "try another provider". */
    private Result attempt(String device, Set<String> failed, long delayMs) throws InterruptedException {
        ctx.pause(delayMs);
        Reply<List<ProviderStatus>> listed = api.get(Step.PROVIDERS, "/api/v1/auth/providers", Map.of(), null,
                null, listOf(ProviderStatus.class));
        String provider = choose(listed.ok() ? listed.body() : List.of(), failed);
        long t0 = System.nanoTime();
        VerificationRequest body = new VerificationRequest(provider, resident.name(), resident.residentId(),
                resident.phone(), device);
        Reply<VerificationStatus> started = api.post(Step.VERIFY, "/api/v1/auth/verifications", body, null, null,
                null, type(VerificationStatus.class));
        if (!started.ok()) {
            if ("PROVIDER_UNAVAILABLE".equals(started.code())) {
                failed.add(provider);
                return new Result(null, null, null);
            }
            return new Result(null, null, VirtualCitizen.terminal(started, ctx.stats));
        }
        VerificationStatus status = started.body();
        String id = status.verificationId();
        while (status.pending()) {
            ctx.pause(poll(status.pollAfterMs()));
            Reply<VerificationStatus> polled = api.get(Step.VERIFY_POLL, "/api/v1/auth/verifications/" + id,
                    Map.of(), null, null, type(VerificationStatus.class));
            if (!polled.ok()) {
                return new Result(null, null, VirtualCitizen.terminal(polled, ctx.stats));
            }
            status = polled.body();
        }
        if (status.verified() && status.sessionToken() != null) {
            ctx.stats.record(Step.VERIFY_TOTAL, System.nanoTime() - t0);
            return new Result(new Session(status.sessionToken(), device), null, null);
        }
        String code = status.code() == null ? "VERIFICATION_FAILED" : status.code();
        ctx.stats.refused(code);
        if ("DEVICE_CONFLICT".equals(code)) {
            return new Result(null, null, Outcome.REFUSED);
        }
        failed.add(provider);
        return new Result(null, null, null);
    }

    /**
     * Following the lights: the popular providers among the greenest light on offer; GRAY
     * never. Not following: by habit, whatever the light (and a GRAY pick meets 503).
     */
    String choose(List<ProviderStatus> providers, Set<String> failed) {
        List<String> candidates = new ArrayList<>();
        if (ctx.config.followLights() && !providers.isEmpty()) {
            for (String light : List.of("GREEN", "YELLOW", "RED")) {
                for (ProviderStatus p : providers) {
                    if (p.selectable() && light.equals(p.light()) && !failed.contains(p.id())) {
                        candidates.add(p.id());
                    }
                }
                if (!candidates.isEmpty()) {
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            for (String id : providers.isEmpty() ? ALL : providers.stream().map(ProviderStatus::id).toList()) {
                if (!failed.contains(id)) {
                    candidates.add(id);
                }
            }
        }
        if (candidates.isEmpty()) {
            candidates.addAll(ALL);
        }
        double total = candidates.stream().mapToDouble(Identity::weight).sum();
        double pick = random.nextDouble() * total;
        for (String c : candidates) {
            pick -= weight(c);
            if (pick < 0) {
                return c;
            }
        }
        return candidates.getLast();
    }

    private static double weight(String provider) {
        return POPULARITY.getOrDefault(provider, 0.05);
    }

    private long poll(Long serverMs) {
        long ms = serverMs == null || serverMs <= 0 ? 500 : Math.min(serverMs, MAX_POLL_MS);
        return behavior == Misbehavior.IMPATIENT ? Math.max(50, ms / 4) : ms;
    }

    private String deviceId() {
        return "d-" + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }
}
