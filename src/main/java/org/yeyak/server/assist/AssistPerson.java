package org.yeyak.server.assist;

import java.time.LocalDate;
import org.yeyak.server.security.PersonKey;

/**
 * The person a call-center staff member acts for: their key (never the resident number), birth
 * date (the booking rules need it) and the masked number to show ({@code 900519-1******}).
 */
public record AssistPerson(PersonKey key, LocalDate birthDate, String maskedResidentId) {
}
