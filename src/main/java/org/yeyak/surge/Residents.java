package org.yeyak.surge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic residents for a campaign day: distinct people born in the cohort on a day of
 * month ending in the day's digit, with valid resident registration numbers
 * ({@code YYMMDD-SNNNNNC}: S the sex/century digit, C the classic check digit, which every
 * number issued before 2020-10 carries). The index makes each person distinct within a run;
 * the seed shifts the serial numbers, so two runs with different seeds against the same
 * server are (almost always) different people and do not collide on "one booking per person".
 */
public final class Residents {
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    private static final int SERIALS = 100_000;
    private static final String SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍";
    private static final String SYLLABLES = "민서준지현우예은도윤하수연진영재성호태경미혜주소유";

    private final LocalDate bornFrom;
    private final LocalDate bornTo;
    private final int serialOffset;

    /** Residents born in [bornFrom, bornTo] (inclusive). */
    public Residents(LocalDate bornFrom, LocalDate bornTo, long seed) {
        this.bornFrom = bornFrom;
        this.bornTo = bornTo;
        this.serialOffset = (int) Math.floorMod(new SplittableRandom(seed).nextLong(), (long) SERIALS);
    }

    /** The demo campaign {@code demo-18-49}: born 1972-01-01 … 2003-12-31. */
    public static Residents demoCohort(long seed) {
        return new Residents(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31), seed);
    }

    /** Birth dates in the cohort whose day of month ends in the digit, ascending. */
    public List<LocalDate> birthDates(int digit) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = bornFrom; !d.isAfter(bornTo); d = d.plusDays(1)) {
            if (d.getDayOfMonth() % 10 == digit) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The index-th distinct person of the digit. Different indexes give different people
     * (different resident numbers) for up to {@code 2 × dates × 100,000} indexes.
     */
    public Resident person(int digit, int index, List<LocalDate> datesOfDigit) {
        int dates = datesOfDigit.size();
        LocalDate birth = datesOfDigit.get(index % dates);
        int rest = index / dates;
        boolean female = rest % 2 == 1;
        int serial = Math.floorMod(serialOffset + rest / 2, SERIALS);
        SplittableRandom r = new SplittableRandom(((long) digit << 40) ^ index ^ ((long) serialOffset << 20));
        return new Resident(name(r), residentId(birth, female, serial), birth, phone(r), Regions.pick(r.nextDouble()));
    }

    /** A valid resident registration number for that birth date, sex and 5-digit serial. */
    public static String residentId(LocalDate birth, boolean female, int serial) {
        int century = birth.getYear() / 100;
        int sexDigit = switch (century) {
            case 18 -> female ? 0 : 9;
            case 19 -> female ? 2 : 1;
            default -> female ? 4 : 3;
        };
        String first12 = String.format("%02d%02d%02d%d%05d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), sexDigit, serial);
        String all = first12 + checkDigit(first12);
        return all.substring(0, 6) + "-" + all.substring(6);
    }

    /** The classic check digit over the first 12 digits: (11 − Σ dᵢ·wᵢ mod 11) mod 10. */
    public static int checkDigit(String first12Digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /** True when a {@code YYMMDD-SNNNNNN} number has a correct check digit. */
    public static boolean checkDigitHolds(String residentId) {
        String digits = residentId.replace("-", "");
        return digits.length() == 13 && checkDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
    }

    private static String name(SplittableRandom r) {
        return "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + SYLLABLES.charAt(r.nextInt(SYLLABLES.length()))
                + SYLLABLES.charAt(r.nextInt(SYLLABLES.length()));
    }

    private static String phone(SplittableRandom r) {
        return String.format("010-%04d-%04d", r.nextInt(10_000), r.nextInt(10_000));
    }
}
