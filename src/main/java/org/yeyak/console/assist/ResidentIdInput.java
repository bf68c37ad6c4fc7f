package org.yeyak.console.assist;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.yeyak.rules.InvalidResidentIdException;
import org.yeyak.rules.ResidentId;

/**
 * What the resident-id field says while staff type: how far along the number is, or what is
 * wrong with it, in words they can check against what the caller reads out. The full number is
 * never part of a hint (hints may be read aloud or seen on a shared screen).
 *
 * @param id      the parsed number once it is complete and valid, else null
 * @param hintKey the i18n key of the hint ({@code assist.id.*})
 * @param count   digits typed so far (for the "7 of 13 digits" hint)
 */
public record ResidentIdInput(ResidentId id, String hintKey, int count) {
    public static final int DIGITS = 13;

    public boolean valid() {
        return id != null;
    }

    /** True when the text can only be wrong (not a prefix of a valid number). */
    public boolean wrong() {
        return id == null && !hintKey.equals("assist.id.hint.empty") && !hintKey.equals("assist.id.hint.typing");
    }

    public static ResidentIdInput of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new ResidentIdInput(null, "assist.id.hint.empty", 0);
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(c == '-' && i == 6)) {
                return new ResidentIdInput(null, "assist.id.hint.digitsOnly", digits.length());
            }
        }
        int n = digits.length();
        if (n > DIGITS) {
            return new ResidentIdInput(null, "assist.id.hint.tooLong", n);
        }
        if (n >= 6 && !plausibleDate(digits.substring(0, 6), n >= 7 ? digits.charAt(6) : '0', n >= 7)) {
            return new ResidentIdInput(null, "assist.id.hint.badDate", n);
        }
        if (n < DIGITS) {
            return new ResidentIdInput(null, "assist.id.hint.typing", n);
        }
        try {
            return new ResidentIdInput(ResidentId.parse(digits.toString()), "assist.id.hint.valid", n);
        } catch (InvalidResidentIdException e) {
            return new ResidentIdInput(null, "assist.id.hint.checkDigit", n);
        }
    }

    /** YYMMDD is a real date in the century the seventh digit gives (any century before it is typed). */
    private static boolean plausibleDate(String yymmdd, char sexDigit, boolean known) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        int[] bases = known ? new int[] {centuryOf(sexDigit)} : new int[] {1900, 2000, 1800};
        for (int base : bases) {
            try {
                LocalDate.of(base + yy, mm, dd);
                return true;
            } catch (DateTimeException e) {
                // try the next century (29 February)
            }
        }
        return false;
    }

    private static int centuryOf(char sexDigit) {
        return switch (sexDigit) {
            case '1', '2', '5', '6' -> 1900;
            case '3', '4', '7', '8' -> 2000;
            default -> 1800;
        };
    }
}
