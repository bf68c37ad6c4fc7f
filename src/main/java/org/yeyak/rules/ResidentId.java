package org.yeyak.rules;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A Korean resident registration number, {@code YYMMDD-SNNNNNN}.
 *
 * <p>The seventh digit gives sex and century: 1, 2, 5, 6 → 1900s; 3, 4, 7, 8 → 2000s;
 * 9, 0 → 1800s. The last digit is the classic check digit (weights 2,3,4,5,6,7,8,9,2,3,4,5;
 * {@code (11 - sum % 11) % 10}) for people born before 2020-10-01; numbers issued since
 * October 2020 carry no check digit, so for those born on or after 2020-10-01 it is not checked.
 *
 * <p>Parsing accepts the form with the dash and the bare 13 digits (surrounding blanks are
 * ignored). The full number is reachable only through {@link #canonical()}, meant for keyed
 * hashing; {@link #toString()} is the masked form, and no error message repeats the number.
 */
public final class ResidentId {
    /** Numbers issued from this date on have no check digit. */
    public static final LocalDate CHECK_DIGIT_DROPPED = LocalDate.of(2020, 10, 1);
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private final String digits;     // 13 digits, no dash
    private final LocalDate birthDate;

    private ResidentId(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    public static ResidentId parse(String text) {
        if (text == null) {
            throw new InvalidResidentIdException("resident id is missing");
        }
        String t = text.strip();
        String digits;
        if (t.length() == 14 && t.charAt(6) == '-') {
            digits = t.substring(0, 6) + t.substring(7);
        } else if (t.length() == 13) {
            digits = t;
        } else {
            throw new InvalidResidentIdException("resident id must look like YYMMDD-SNNNNNN");
        }
        for (int i = 0; i < 13; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidResidentIdException("resident id must look like YYMMDD-SNNNNNN");
            }
        }
        int centuryBase = switch (digits.charAt(6)) {
            case '1', '2', '5', '6' -> 1900;
            case '3', '4', '7', '8' -> 2000;
            case '9', '0' -> 1800;
            default -> throw new AssertionError("not a digit");
        };
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(centuryBase + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidResidentIdException("resident id has an impossible birth date");
        }
        if (birthDate.isBefore(CHECK_DIGIT_DROPPED) && checkDigit(digits) != digits.charAt(12) - '0') {
            throw new InvalidResidentIdException("resident id has a wrong check digit");
        }
        return new ResidentId(digits, birthDate);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidResidentIdException e) {
            return false;
        }
    }

    /** The classic check digit of the first twelve digits of {@code digits}. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Last digit of the day of month: born on the 9th, 19th or 29th → 9. */
    public int birthDigit() {
        return birthDate.getDayOfMonth() % 10;
    }

    /** The seventh digit: sex and century of birth. */
    public int sexDigit() {
        return digits.charAt(6) - '0';
    }

    /** Birth date and sex digit, the rest hidden: {@code 900519-1******}. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    /** The 13 digits without dash — only for keyed hashing, never for display or logs. */
    public String canonical() {
        return digits;
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
