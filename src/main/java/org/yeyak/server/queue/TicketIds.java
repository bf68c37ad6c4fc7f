package org.yeyak.server.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.yeyak.server.security.ServerKeys;

/**
 * Public ticket ids carry what a poll needs, signed: {@code campaign.ticketNo.position.tag}
 * ({@code -} for a pre-queue ticket's position), where the tag is an HMAC over those and the
 * holder's person key. A node answers a waiting person's poll from the ticket id and the
 * counters alone, with no read of the ticket table; a forged or borrowed id is simply unknown.
 */
public final class TicketIds {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    /** What a genuine ticket id says. */
    public record Parsed(String campaignId, String ticketNo, Long position) {
    }

    public TicketIds(ServerKeys keys) {
        this.key = new SecretKeySpec(keys.secret("queue-ticket"), "HmacSHA256");
    }

    public String of(String campaignId, String ticketNo, Long position, String personKey) {
        String body = campaignId + "." + ticketNo + "." + (position == null ? "-" : position.toString());
        return body + "." + tag(body, personKey);
    }

    /** The ticket id's content if it is genuine and belongs to {@code personKey}. */
    public Optional<Parsed> parse(String ticketId, String personKey) {
        if (ticketId == null || ticketId.length() > 200) {
            return Optional.empty();
        }
        String[] parts = ticketId.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] expected = tag(body, personKey).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Long position;
        try {
            position = "-".equals(parts[2]) ? null : Long.valueOf(parts[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(parts[0], parts[1], position));
    }

    private String tag(String body, String personKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal((body + "|" + personKey).getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(Arrays.copyOf(h, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
