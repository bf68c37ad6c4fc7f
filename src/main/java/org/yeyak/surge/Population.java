package org.yeyak.surge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Who arrives: each index a distinct person, some of them misbehaving (decided by the seed). */
final class Population {
    private final SurgeConfig config;
    private final Residents residents;
    private final List<List<LocalDate>> datesByDigit = new ArrayList<>();
    private final Misbehavior[] behaviors;
    private final byte[] otherDigit;

    Population(SurgeConfig config) {
        this.config = config;
        this.residents = Residents.demoCohort(config.seed());
        for (int d = 0; d < 10; d++) {
            datesByDigit.add(residents.birthDates(d));
        }
        SplittableRandom r = new SplittableRandom(config.seed());
        behaviors = new Misbehavior[config.citizens()];
        otherDigit = new byte[config.citizens()];
        for (int i = 0; i < behaviors.length; i++) {
            behaviors[i] = r.nextDouble() < config.misbehave()
                    ? Misbehavior.STRAYS[r.nextInt(Misbehavior.STRAYS.length)] : Misbehavior.NONE;
            otherDigit[i] = (byte) ((config.digit() + 1 + r.nextInt(9)) % 10);
        }
    }

    Misbehavior behavior(int index) {
        return behaviors[index];
    }

    Resident resident(int index) {
        int digit = behaviors[index] == Misbehavior.WRONG_DAY ? otherDigit[index] : config.digit();
        return residents.person(digit, index, datesByDigit.get(digit));
    }

    /** Extra people of the right digit, distinct from every citizen, who read the stock. */
    Resident auditor(int k) {
        return residents.person(config.digit(), config.citizens() + k, datesByDigit.get(config.digit()));
    }
}
