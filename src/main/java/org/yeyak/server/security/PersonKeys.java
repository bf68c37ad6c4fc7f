package org.yeyak.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.yeyak.rules.ResidentId;

/**
 * Keys people by a keyed hash of their resident id, so that the number itself is never stored:
 * {@code HMAC-SHA256(ServerKeys.secret("person-key"), ResidentId.canonical())}, hex. The secret
 * lives in the data folder, not in the database, so a leaked dump cannot be matched against the
 * (small, guessable) space of resident numbers.
 */
public final class PersonKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public PersonKeys(ServerKeys keys) {
        this.key = new SecretKeySpec(keys.secret("person-key"), ALGORITHM);
    }

    public PersonKey of(ResidentId id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // cheap, and not thread-safe: one per call
            mac.init(key);
            byte[] h = mac.doFinal(id.canonical().getBytes(StandardCharsets.US_ASCII));
            return new PersonKey(HexFormat.of().formatHex(h));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
