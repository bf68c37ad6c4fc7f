package org.yeyak.client;

import java.time.OffsetDateTime;

/** The answer to a staff sign-in; {@code username} is filled in by the client. */
public record StaffSession(String token, StaffRole role, OffsetDateTime expiresAt, String username) {
    public StaffSession withUsername(String name) {
        return new StaffSession(token, role, expiresAt, name);
    }
}
