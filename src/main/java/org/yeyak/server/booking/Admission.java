package org.yeyak.server.booking;

import java.util.Objects;

/**
 * A checked admission token: {@code id} is its unique id (the JWT's {@code jti}). The booking
 * stores it in a UNIQUE column inside the booking transaction, which is what makes the token
 * single-use: a second booking with it is refused {@code 401 INVALID_ADMISSION}.
 */
public record Admission(String id) {
    public Admission {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("admission id must be 1..128 characters");
        }
    }
}
