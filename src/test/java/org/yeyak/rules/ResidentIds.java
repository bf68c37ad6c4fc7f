package org.yeyak.rules;

import java.time.LocalDate;

/** Makes valid resident numbers for tests: birth date, sex/century digit and a serial. */
final class ResidentIds {
    private ResidentIds() {
    }

    /** A valid {@code YYMMDD-SNNNNNN} for {@code birthDate} (sex digit chosen to fit the century). */
    static String validFor(LocalDate birthDate, boolean female, int serial) {
        int year = birthDate.getYear();
        int sex = switch (year / 100) {
            case 18 -> female ? 0 : 9;
            case 19 -> female ? 2 : 1;
            case 20 -> female ? 4 : 3;
            default -> throw new IllegalArgumentException("no sex digit for year " + year);
        };
        return validFor(birthDate, sex, serial);
    }

    /** A valid number with the given sex digit, which must fit the birth century. */
    static String validFor(LocalDate birthDate, int sexDigit, int serial) {
        String first12 = String.format("%02d%02d%02d%d%05d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sexDigit, Math.floorMod(serial, 100_000));
        int check = birthDate.isBefore(ResidentId.CHECK_DIGIT_DROPPED)
                ? classicCheckDigit(first12)
                : Math.floorMod(serial, 10); // numbers issued since 2020-10 carry no check digit
        return first12.substring(0, 6) + "-" + first12.substring(6) + check;
    }

    /** The check digit computed here independently of {@link ResidentId}. */
    static int classicCheckDigit(String first12) {
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += Character.digit(first12.charAt(i), 10) * weights[i];
        }
        return (11 - sum % 11) % 10;
    }
}
