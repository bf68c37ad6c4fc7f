package org.yeyak.server.booking;

import java.time.LocalDate;
import java.util.Objects;
import org.yeyak.server.security.PersonKey;

/**
 * A verified citizen making a request, as the {@link CitizenGate} vouches for them.
 *
 * @param campaignId the campaign their session is for
 * @param sessionId  an id of their session: an idempotent replay is recognised only within it
 */
public record Citizen(PersonKey key, LocalDate birthDate, String campaignId, String sessionId) {
    public Citizen {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
