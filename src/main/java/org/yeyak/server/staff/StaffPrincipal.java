package org.yeyak.server.staff;

import java.time.Instant;

/** Who is calling a staff route: taken from a verified staff token. */
public record StaffPrincipal(String username, Role role, Instant expiresAt, Instant signedInAt) {
}
