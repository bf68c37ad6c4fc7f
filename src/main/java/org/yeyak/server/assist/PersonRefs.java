package org.yeyak.server.assist;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.yeyak.server.security.PersonKey;

/**
 * A short-lived, signed reference to a person found by resident id ({@code personRef}), so
 * that after the look-up the console can drop the resident number and still book, cancel or
 * move for that person. Bound to the staff member who looked the person up; it carries the
 * person key, birth date and masked number, never the number itself.
 */
public final class PersonRefs {
    public static final String AUDIENCE = "yeyak-assist-person";
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    private final byte[] secret;
    private final Clock clock;

    public PersonRefs(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    public String issue(AssistPerson p, String staffUsername) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(AUDIENCE)
                .subject(p.key().value())
                .claim("bd", p.birthDate().toString())
                .claim("masked", p.maskedResidentId())
                .claim("staff", staffUsername)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a person reference", e);
        }
        return jwt.serialize();
    }

    /** The person, when {@code ref} is valid, unexpired and was issued to {@code staffUsername}. */
    public Optional<AssistPerson> verify(String ref, String staffUsername) {
        try {
            SignedJWT jwt = SignedJWT.parse(ref);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!List.of(AUDIENCE).equals(c.getAudience()) || c.getExpirationTime() == null
                    || !clock.instant().isBefore(c.getExpirationTime().toInstant())
                    || !staffUsername.equals(c.getStringClaim("staff"))) {
                return Optional.empty();
            }
            return Optional.of(new AssistPerson(new PersonKey(c.getSubject()), LocalDate.parse(c.getStringClaim("bd")),
                    c.getStringClaim("masked")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
