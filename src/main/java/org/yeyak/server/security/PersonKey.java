package org.yeyak.server.security;

import java.util.Objects;

/**
 * A person as the server knows them: the hex HMAC-SHA256 of their resident id under the
 * server's {@code person-key} secret ({@link PersonKeys}). Stable across restarts and nodes,
 * useless without the secret. {@link #toString()} shows only a prefix, for logs.
 */
public record PersonKey(String value) {
    public PersonKey {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a person key is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return "person:" + value.substring(0, 12);
    }
}
