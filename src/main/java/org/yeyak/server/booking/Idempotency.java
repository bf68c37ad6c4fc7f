package org.yeyak.server.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.yeyak.server.http.ApiError;

/**
 * A client's {@code Idempotency-Key}: the key, the session it was sent in, and a hash of what was
 * asked ({@link #hash}). Keys are scoped per person: the same key from another person is another key.
 */
public record Idempotency(String key, String sessionId, String requestHash) {
    public static final String HEADER = "Idempotency-Key";

    public Idempotency {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(requestHash, "requestHash");
    }

    /** Checks a header value: 1–200 visible ASCII characters, else 400 naming the header. */
    public static String requireKey(String header) {
        if (header == null || header.isBlank()) {
            throw ApiError.invalidInput(HEADER, "The Idempotency-Key header is required.");
        }
        if (header.length() > 200 || !header.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw ApiError.invalidInput(HEADER, "The Idempotency-Key must be 1-200 visible ASCII characters.");
        }
        return header;
    }

    /** SHA-256 (hex) of the request's meaningful parts, one per line. */
    public static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
