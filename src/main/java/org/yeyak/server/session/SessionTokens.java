package org.yeyak.server.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.yeyak.server.security.ServerKeys;

/**
 * Citizen session tokens: HS256 JWTs signed with the {@code session-token} secret (which
 * persists in the data folder, so tokens outlive a restart and work on every node), with
 * audience {@value #AUDIENCE}. Staff tokens use another key and audience, so neither can
 * pass for the other. Expiry is checked against the server clock (the demo clock in
 * demo mode), not the JWT library's wall clock.
 */
public final class SessionTokens {
    public static final String ISSUER = "yeyak";
    public static final String AUDIENCE = "yeyak-citizen";
    private static final String BIRTH_DATE = "bd";
    private static final String DEVICE = "dev";

    /** Verified tokens kept; each still has its expiry checked on every use. */
    private static final int VERIFIED_KEPT = 100_000;

    private final MACSigner signer;
    private final JWSVerifier verifier;
    private final Clock clock;
    private final Cache<String, CitizenSession> verified = Caffeine.newBuilder().maximumSize(VERIFIED_KEPT).build();

    public SessionTokens(ServerKeys keys, Clock clock) {
        byte[] secret = keys.secret("session-token");
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("session key unusable", e);
        }
        this.clock = clock;
    }

    /** The token for this session; the same session always gives the same token (HMAC is deterministic). */
    public String issue(CitizenSession s) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(s.personKey())
                .jwtID(s.sessionId())
                .expirationTime(Date.from(s.expiresAt()))
                .claim(BIRTH_DATE, s.birthDate().toString())
                .claim(DEVICE, s.deviceId())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a session token", e);
        }
        return jwt.serialize();
    }

    /**
     * The session in a genuine, unexpired citizen token; empty for anything else. A token once
     * verified is remembered (its signature cannot change), so a citizen polling the queue every
     * few seconds costs a lookup; the expiry is still checked against the server clock each time.
     */
    public Optional<CitizenSession> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        CitizenSession known = verified.getIfPresent(token);
        if (known != null) {
            return clock.instant().isBefore(known.expiresAt()) ? Optional.of(known) : Optional.empty();
        }
        Optional<CitizenSession> read = verify(token);
        read.ifPresent(s -> verified.put(token, s));
        return read;
    }

    private Optional<CitizenSession> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            List<String> aud = c.getAudience();
            Date exp = c.getExpirationTime();
            if (!ISSUER.equals(c.getIssuer()) || aud == null || !aud.equals(List.of(AUDIENCE)) || exp == null
                    || !clock.instant().isBefore(exp.toInstant()) || c.getSubject() == null || c.getJWTID() == null) {
                return Optional.empty();
            }
            return Optional.of(new CitizenSession(c.getSubject(), LocalDate.parse(c.getStringClaim(BIRTH_DATE)),
                    c.getStringClaim(DEVICE), c.getJWTID(), exp.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Instant now() {
        return clock.instant();
    }
}
