package org.yeyak.server.identity;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.yeyak.server.security.ServerKeys;

/**
 * Public verification ids: the started {@link Verification} itself, as an encrypted JWT (JWE,
 * direct AES-256-GCM with the {@code verification-id} secret, which persists with the data and is
 * shared by the nodes like the session key). A poll on any node, or after a restart, opens the id
 * and needs no row of its own, so starting a verification writes nothing. Encrypted rather than
 * only signed because the id travels in a URL path (and so may reach access logs) and carries a
 * birth date and a keyed person hash; GCM also makes a forged or altered id simply unknown.
 */
final class VerificationIds {
    private static final String PERSON = "pk";
    private static final String DEVICE = "dev";
    private static final String PROVIDER = "prv";
    private static final String BIRTH_DATE = "bd";
    private static final String MASKED_NAME = "mn";
    private static final String DEADLINE = "dl";
    private static final int MAX_LENGTH = 2_048;

    private final DirectEncrypter encrypter;
    private final DirectDecrypter decrypter;

    VerificationIds(ServerKeys keys) {
        byte[] secret = keys.secret("verification-id");
        try {
            this.encrypter = new DirectEncrypter(secret);
            this.decrypter = new DirectDecrypter(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("verification key unusable", e);
        }
    }

    String seal(Verification v) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .jwtID(v.id())
                .issueTime(Date.from(v.createdAt()))
                .claim(PERSON, v.personKey())
                .claim(DEVICE, v.deviceId())
                .claim(PROVIDER, v.providerId())
                .claim(BIRTH_DATE, v.birthDate().toString())
                .claim(MASKED_NAME, v.maskedName())
                .claim(DEADLINE, v.deadline().toEpochMilli())
                .build();
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            jwt.encrypt(encrypter);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal a verification id", e);
        }
        return jwt.serialize();
    }

    /** The verification inside a genuine id; empty for anything else. */
    Optional<Verification> open(String id) {
        if (id == null || id.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(id);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(decrypter);
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Long deadline = c.getLongClaim(DEADLINE);
            if (c.getJWTID() == null || c.getIssueTime() == null || deadline == null || c.getStringClaim(PERSON) == null) {
                return Optional.empty();
            }
            return Optional.of(new Verification(c.getJWTID(), c.getStringClaim(PERSON), c.getStringClaim(DEVICE),
                    c.getStringClaim(PROVIDER), LocalDate.parse(c.getStringClaim(BIRTH_DATE)),
                    c.getStringClaim(MASKED_NAME), c.getIssueTime().toInstant(), Instant.ofEpochMilli(deadline)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
