package org.yeyak.server.booking;

import java.time.LocalDate;
import java.util.Objects;
import org.yeyak.server.security.PersonKey;

/**
 * A request to book one dose.
 *
 * @param admissionId  the admission token's id (online bookings; null for staff-assisted ones)
 * @param idempotency  the client's Idempotency-Key with its scope and request hash, or null
 * @param actor        who acts, for the audit trail: {@code citizen:<key prefix>} or {@code staff:<username>}
 */
public record BookingCommand(String campaignId, PersonKey person, LocalDate birthDate, String clinicId,
                             LocalDate date, Booking.Channel channel, String actor, String admissionId,
                             Idempotency idempotency) {
    public BookingCommand {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
    }

    /** An online booking by a verified, admitted citizen. */
    public static BookingCommand online(Citizen citizen, String clinicId, LocalDate date, Admission admission,
                                        Idempotency idempotency) {
        return new BookingCommand(citizen.campaignId(), citizen.key(), citizen.birthDate(), clinicId, date,
                Booking.Channel.ONLINE, "citizen:" + citizen.key().value().substring(0, 12),
                admission == null ? null : admission.id(), idempotency);
    }

    /** A staff-assisted booking (no admission token; the staff member is the actor). */
    public static BookingCommand assisted(String campaignId, PersonKey person, LocalDate birthDate, String clinicId,
                                          LocalDate date, String staffUsername, Idempotency idempotency) {
        return new BookingCommand(campaignId, person, birthDate, clinicId, date, Booking.Channel.ASSISTED,
                "staff:" + staffUsername, null, idempotency);
    }
}
