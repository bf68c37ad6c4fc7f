package org.yeyak.server.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit trail. {@code detail} is a JSON object as text (never a
 * resident id or a name); {@code hash} = SHA-256 over {@code prevHash} and {@link #canonical()}.
 */
public record AuditEvent(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {

    /** The text the hash covers: every field but the hashes, one per line. */
    public String canonical() {
        return seq + "\n" + at + "\n" + actor + "\n" + action + "\n" + (subject == null ? "" : subject) + "\n" + detail;
    }
}
