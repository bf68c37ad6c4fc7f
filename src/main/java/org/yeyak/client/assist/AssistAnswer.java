package org.yeyak.client.assist;

/** The answer to a booking, cancellation or move: the booking as it now stands, and what was recorded. */
public record AssistAnswer(AssistBooking booking, String maskedResidentId, IdentityCheck identityCheck) {
}
