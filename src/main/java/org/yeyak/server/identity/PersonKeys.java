package org.yeyak.server.identity;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.security.ServerKeys;

/**
 * People are keyed by HMAC-SHA256 of their resident id under the {@code person-key}
 * secret (64 hex characters): stable across restarts and nodes, useless without the key.
 */
public final class PersonKeys {
    private final SecretKeySpec key;

    public PersonKeys(ServerKeys keys) {
        this.key = new SecretKeySpec(keys.secret("person-key"), "HmacSHA256");
    }

    public String of(ResidentId id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(id.canonical().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
