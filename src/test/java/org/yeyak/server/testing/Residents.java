package org.yeyak.server.testing;

import java.time.LocalDate;

/** Valid resident ids for tests: a birth date and a serial make a distinct, well-formed number. */
public final class Residents {
    private Residents() {
    }

    /** A valid {@code YYMMDD-SNNNNNN} of someone born on {@code birthDate} (1900s or 2000s). */
    public static String of(LocalDate birthDate, int serial) {
        int sex = birthDate.getYear() >= 2000 ? 3 : 1;
        String first12 = String.format("%02d%02d%02d%d%05d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sex, Math.floorMod(serial, 100_000));
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * weights[i];
        }
        int check = (11 - sum % 11) % 10;
        return first12.substring(0, 6) + "-" + first12.substring(6) + check;
    }

    /** Someone born on the 9th (digit 9): their day in the demo campaign is 2021-08-09. */
    public static String digitNine(int serial) {
        return of(LocalDate.of(1990, 5, 19), serial);
    }
}
