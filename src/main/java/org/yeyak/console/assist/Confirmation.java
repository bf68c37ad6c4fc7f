package org.yeyak.console.assist;

import java.time.LocalDate;

/**
 * What a booked person takes home: where, when, which vaccine, and the booking number to quote
 * when they call again. Only masked identity appears on it (it may be left on a counter).
 */
public record Confirmation(String bookingNumber, String campaignName, String clinicName, String address,
                           LocalDate date, String vaccine, String maskedName, String maskedResidentId) {
}
