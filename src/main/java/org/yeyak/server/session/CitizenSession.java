package org.yeyak.server.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A verified citizen's session, as carried (signed) in the session token: the keyed hash
 * of their resident id, their birth date (the rules need nothing else), the device that
 * verified, and the session's id and end.
 */
public record CitizenSession(String personKey, LocalDate birthDate, String deviceId, String sessionId,
                             Instant expiresAt) {
}
