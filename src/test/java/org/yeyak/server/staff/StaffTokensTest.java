package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

class StaffTokensTest {
    static final byte[] KEY = random();
    final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    final StaffTokens tokens = new StaffTokens(KEY, clock);

    @Test
    void anIssuedTokenVerifiesAsItsHolderAndRole() {
        StaffTokens.Issued t = tokens.issue("official", Role.OFFICIAL);
        assertThat(t.expiresAt()).isEqualTo(clock.instant().plus(StaffTokens.LIFETIME));
        StaffPrincipal p = tokens.verify(t.token()).orElseThrow();
        assertThat(p.username()).isEqualTo("official");
        assertThat(p.role()).isEqualTo(Role.OFFICIAL);
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() {
        String t = tokens.issue("analyst", Role.ANALYST).token();
        clock.advance(StaffTokens.LIFETIME.minusSeconds(1));
        assertThat(tokens.verify(t)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.verify(t)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String other = new StaffTokens(random(), clock).issue("official", Role.OFFICIAL).token();
        assertThat(tokens.verify(other)).isEmpty();
    }

    @Test
    void aCitizenStyleTokenForAnotherAudienceIsRefusedEvenWithTheSameKey() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("yeyak").audience("yeyak-citizen").subject("person")
                .claim("role", "OFFICIAL").claim("auth_time", clock.instant().getEpochSecond())
                .expirationTime(Date.from(clock.instant().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(KEY));
        assertThat(tokens.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("yeyak").audience(StaffTokens.AUDIENCE).subject("official")
                .claim("role", "OFFICIAL").claim("auth_time", clock.instant().getEpochSecond())
                .expirationTime(Date.from(clock.instant().plusSeconds(600))).build();
        assertThat(tokens.verify(new PlainJWT(new PlainHeader(), claims).serialize())).isEmpty();
    }

    @Test
    void aTokenWithAChangedRoleIsRefused() {
        String t = tokens.issue("analyst", Role.ANALYST).token();
        String[] parts = t.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("ANALYST", "OFFICIAL");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertThat(tokens.verify(forged)).isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
    }

    @Test
    void aRefreshKeepsTheSignInTimeAndEndsAfterTheLongestSession() {
        StaffPrincipal p = tokens.verify(tokens.issue("callcenter", Role.CALL_CENTER).token()).orElseThrow();
        clock.advance(Duration.ofMinutes(20));
        StaffTokens.Issued fresh = tokens.refresh(p, Role.CALL_CENTER).orElseThrow();
        assertThat(tokens.verify(fresh.token()).orElseThrow().signedInAt()).isEqualTo(p.signedInAt());
        clock.advance(StaffTokens.MAX_SESSION);
        assertThat(tokens.refresh(p, Role.CALL_CENTER)).isEmpty();
    }

    private static byte[] random() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
