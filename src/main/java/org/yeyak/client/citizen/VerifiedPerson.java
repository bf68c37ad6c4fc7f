package org.yeyak.client.citizen;

import java.time.LocalDate;

/** What a verified session tells the citizen about themselves (masked). */
public record VerifiedPerson(LocalDate birthDate, String maskedName) {
}
