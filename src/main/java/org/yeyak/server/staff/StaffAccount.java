package org.yeyak.server.staff;

import java.time.Instant;

/** A staff member's account as stored; {@code passwordHash} never leaves the server. */
public record StaffAccount(String username, Role role, String passwordHash, boolean demo, boolean enabled,
                           Instant createdAt) {
}
