package org.yeyak.server.staff;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff tokens: short-lived JWTs signed with HS256 under the {@code staff-token} server key,
 * with an audience of their own ({@value #AUDIENCE}). A citizen session token is signed with
 * another key for another audience, so it never passes here, and a staff token never passes
 * the citizen check. Times are real (wall-clock) time, not the demo clock: moving the demo
 * clock to another day must neither log staff out nor keep a token alive.
 */
public final class StaffTokens {
    public static final String ISSUER = "yeyak";
    public static final String AUDIENCE = "yeyak-staff";
    /** How long one token lives; {@code POST /api/v1/staff/refresh} gives a new one. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** A sign-in lasts at most this long, however often its token is refreshed. */
    public static final Duration MAX_SESSION = Duration.ofHours(10);

    private final byte[] secret;
    private final Clock clock;

    public StaffTokens(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("HS256 needs a 32-byte key");
        }
        this.secret = secret.clone();
        this.clock = clock;
    }

    public record Issued(String token, Role role, Instant expiresAt) {
    }

    /** A fresh token for a new sign-in. */
    public Issued issue(String username, Role role) {
        Instant now = clock.instant();
        return issue(username, role, now, now);
    }

    /** A fresh token for the same sign-in; empty when the sign-in is older than {@link #MAX_SESSION}. */
    public Optional<Issued> refresh(StaffPrincipal p, Role currentRole) {
        Instant now = clock.instant();
        Instant end = p.signedInAt().plus(MAX_SESSION);
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        return Optional.of(issue(p.username(), currentRole, p.signedInAt(), now));
    }

    private Issued issue(String username, Role role, Instant signedInAt, Instant now) {
        Instant exp = now.plus(LIFETIME);
        Instant end = signedInAt.plus(MAX_SESSION);
        if (exp.isAfter(end)) {
            exp = end;
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username)
                .claim("role", role.name())
                .claim("auth_time", signedInAt.getEpochSecond())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(exp))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(com.nimbusds.jose.JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a staff token", e);
        }
        // JWT times have whole seconds: answer the expiry the token really carries.
        return new Issued(jwt.serialize(), role, Instant.ofEpochSecond(exp.getEpochSecond()));
    }

    /** The caller, when {@code token} is a valid, unexpired staff token; empty otherwise. */
    public Optional<StaffPrincipal> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // Only the algorithm we sign with: no "none", no algorithm confusion.
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            JWSVerifier verifier = new MACVerifier(secret);
            if (!jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            List<String> aud = c.getAudience();
            if (!ISSUER.equals(c.getIssuer()) || aud == null || !aud.equals(List.of(AUDIENCE))
                    || c.getSubject() == null || c.getExpirationTime() == null) {
                return Optional.empty();
            }
            Instant exp = c.getExpirationTime().toInstant();
            if (!clock.instant().isBefore(exp)) {
                return Optional.empty();
            }
            Role role = Role.valueOf(c.getStringClaim("role"));
            Long authTime = c.getLongClaim("auth_time");
            if (authTime == null) {
                return Optional.empty();
            }
            return Optional.of(new StaffPrincipal(c.getSubject(), role, exp, Instant.ofEpochSecond(authTime)));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
