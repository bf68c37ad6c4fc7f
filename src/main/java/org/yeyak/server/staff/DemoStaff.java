package org.yeyak.server.staff;

import java.time.Instant;
import java.util.Map;

/**
 * The demo staff accounts of API.md: {@code official}, {@code callcenter}, {@code analyst},
 * all with one password (the {@code --staff-password} one, or a random one the server prints
 * once). They exist in demo mode only: a server started without {@code --demo} removes them.
 */
public final class DemoStaff {
    public static final Map<String, Role> ACCOUNTS = Map.of(
            "official", Role.OFFICIAL,
            "callcenter", Role.CALL_CENTER,
            "analyst", Role.ANALYST);

    private DemoStaff() {
    }

    /** Creates or resets the demo accounts with {@code password} (hashed once for all three). */
    public static void seed(StaffAccounts accounts, PasswordHasher hasher, String password, Instant now) {
        String hash = hasher.hash(password);
        ACCOUNTS.forEach((name, role) -> accounts.upsert(new StaffAccount(name, role, hash, true, true, now)));
    }
}
