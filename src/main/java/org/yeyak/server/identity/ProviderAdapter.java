package org.yeyak.server.identity;

import java.util.concurrent.CompletableFuture;

/**
 * One identity provider (Kakao, Naver, PASS, mobile phone, i-PIN, certificate) as the
 * verification service sees it: give it a claimed identity, get back, later, whether
 * the provider vouches for it. The {@link ProviderRegistry} wraps every adapter with
 * the switch an official controls, a circuit breaker, figures and a traffic light, so
 * an adapter only talks to its provider. See docs/api.md ("Plugging in a real
 * provider") for how an OIDC provider fits behind this interface.
 */
public interface ProviderAdapter {
    /** Stable id used in the API: {@code kakao}, {@code naver}, ... */
    String id();

    /** The name shown to citizens. */
    String displayName();

    /**
     * Starts a verification. The future completes with the provider's answer; a
     * provider failure or timeout is an {@link ProviderOutcome#failed(String) outcome},
     * never an exceptional completion (an exception counts as {@code PROVIDER_ERROR}).
     */
    CompletableFuture<ProviderOutcome> verify(IdentityClaim claim);

    /** The current settings (nominal service time, capacity, failure rate for a simulation). */
    ProviderSettings settings();

    /** Applies new settings; a real adapter may only honour {@code capacity} (its concurrency limit). */
    void apply(ProviderSettings settings);
}
