package org.yeyak.server.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable ids that sort by the time they were made, for rows a surge inserts thousands of a
 * second (verifications, tickets, bookings). A new id lands at the end of its unique index, so
 * one group commit rewrites one index page for all its rows instead of one page per row (with
 * random ids each row dirtied its own page, and H2 writes every dirty page whole at commit). The
 * random part keeps them unguessable.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TimeOrderedIds() {
    }

    /**
     * The UUID text form with the layout of UUID version 7: 48 bits of Unix milliseconds, then 74
     * random bits.
     */
    public static String uuid7() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        stamp(b, 0);
        b[6] = (byte) ((b[6] & 0x0f) | 0x70); // version 7
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
        String h = HexFormat.of().formatHex(b);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    /**
     * 28 characters: the Unix milliseconds in 12 hex digits (which sort like the number), then 96
     * random bits in URL-safe Base64. No dots, so it can sit inside a dotted token.
     */
    public static String compact() {
        byte[] time = new byte[6];
        stamp(time, 0);
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(time) + B64.encodeToString(random);
    }

    private static void stamp(byte[] b, int at) {
        long ms = Math.max(0, System.currentTimeMillis());
        for (int i = 0; i < 6; i++) {
            b[at + i] = (byte) (ms >>> (40 - 8 * i));
        }
    }
}
