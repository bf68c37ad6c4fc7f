package org.yeyak.surge;

import java.util.List;

/**
 * The 17 provinces (시도) with their 2021 population (assets/provinces.csv): virtual citizens
 * live, and look for a clinic, in proportion to population.
 */
public final class Regions {
    record Province(String code, long population) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("11", 9_509_458), new Province("26", 3_350_380), new Province("27", 2_385_412),
            new Province("28", 2_948_375), new Province("29", 1_441_611), new Province("30", 1_452_251),
            new Province("31", 1_121_592), new Province("36", 371_895), new Province("41", 13_565_450),
            new Province("42", 1_538_492), new Province("43", 1_597_427), new Province("44", 2_119_257),
            new Province("45", 1_786_855), new Province("46", 1_832_803), new Province("47", 2_626_609),
            new Province("48", 3_314_183), new Province("50", 676_759));
    private static final long TOTAL = PROVINCES.stream().mapToLong(Province::population).sum();

    private Regions() {
    }

    /** All province codes. */
    public static List<String> codes() {
        return PROVINCES.stream().map(Province::code).toList();
    }

    /** The province at the population-weighted quantile u in [0, 1). */
    public static String pick(double u) {
        long target = (long) (u * TOTAL);
        long seen = 0;
        for (Province p : PROVINCES) {
            seen += p.population();
            if (target < seen) {
                return p.code();
            }
        }
        return PROVINCES.getLast().code();
    }
}
