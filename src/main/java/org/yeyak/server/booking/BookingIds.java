package org.yeyak.server.booking;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Booking ids in the UUID text form, ordered by time (the layout of UUID version 7: 48 bits of
 * Unix milliseconds, then 74 random bits). New ids land at the end of the primary-key index, so a
 * group commit touches one index page for all its bookings instead of one per booking; the random
 * part keeps them unguessable.
 */
final class BookingIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingIds() {
    }

    static String next() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        long ms = Math.max(0, System.currentTimeMillis());
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (ms >>> (40 - 8 * i));
        }
        b[6] = (byte) ((b[6] & 0x0f) | 0x70); // version 7
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
        String h = HexFormat.of().formatHex(b);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }
}
