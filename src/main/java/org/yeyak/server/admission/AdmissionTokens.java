package org.yeyak.server.admission;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.yeyak.server.security.ServerKeys;

/**
 * Admission tokens: short-lived HS256 JWTs (secret {@code admission-token}, audience
 * {@value #AUDIENCE}) saying that this person, holding this position in this campaign's
 * queue, may book until the expiry. The JWT id is the admission id, which a booking records
 * under a unique constraint, so a token buys one booking at most. Anything not signed with
 * our key in HS256 — {@code alg: none}, another algorithm, another key (a session or staff
 * token), another audience — is rejected, and expiry is judged by the server clock.
 */
public final class AdmissionTokens {
    public static final String ISSUER = "yeyak";
    public static final String AUDIENCE = "yeyak-admission";
    private static final String CAMPAIGN = "cmp";
    private static final String POSITION = "pos";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    /** What a genuine, unexpired token says. */
    public record Admission(String admissionId, String personKey, String campaignId, long position, Instant expiresAt) {
    }

    public AdmissionTokens(ServerKeys keys, Clock clock) {
        byte[] secret = keys.secret("admission-token");
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("admission key unusable", e);
        }
        this.clock = clock;
    }

    /** The token for an admission; deterministic, so every poll of an admitted ticket shows the same one. */
    public String issue(Admission a) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(a.personKey())
                .jwtID(a.admissionId())
                .expirationTime(Date.from(a.expiresAt()))
                .claim(CAMPAIGN, a.campaignId())
                .claim(POSITION, a.position())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an admission token", e);
        }
        return jwt.serialize();
    }

    /** The admission in a genuine, unexpired token; empty for anything else. */
    public Optional<Admission> read(String token) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Date exp = c.getExpirationTime();
            if (!ISSUER.equals(c.getIssuer()) || !List.of(AUDIENCE).equals(c.getAudience()) || exp == null
                    || !clock.instant().isBefore(exp.toInstant()) || c.getSubject() == null || c.getJWTID() == null
                    || c.getStringClaim(CAMPAIGN) == null || c.getLongClaim(POSITION) == null) {
                return Optional.empty();
            }
            return Optional.of(new Admission(c.getJWTID(), c.getSubject(), c.getStringClaim(CAMPAIGN),
                    c.getLongClaim(POSITION), exp.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
