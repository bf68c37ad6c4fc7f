package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationTest {
    @Test
    void theConfiguredShareMisbehavesInEqualPartsAndWrongDayPeopleHaveAnotherDigit() {
        int n = 50_000;
        SurgeConfig config = SurgeConfig.builder("http://127.0.0.1:1").citizens(n).misbehave(0.2).seed(5).build();
        Population people = new Population(config);
        Map<Misbehavior, Integer> counts = new EnumMap<>(Misbehavior.class);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Misbehavior b = people.behavior(i);
            counts.merge(b, 1, Integer::sum);
            Resident r = people.resident(i);
            ids.add(r.residentId());
            if (b == Misbehavior.WRONG_DAY) {
                assertThat(r.birthDigit()).isNotEqualTo(9);
            } else {
                assertThat(r.birthDigit()).isEqualTo(9);
            }
        }
        assertThat(ids).as("every citizen a distinct person").hasSize(n);
        assertThat(counts.get(Misbehavior.NONE) / (double) n).isCloseTo(0.8, within(0.01));
        for (Misbehavior stray : Misbehavior.STRAYS) {
            assertThat(counts.get(stray) / (double) n).as(stray.label()).isCloseTo(0.04, within(0.005));
        }
        assertThat(ids).doesNotContain(people.auditor(0).residentId(), people.auditor(1).residentId());
    }

    @Test
    void noMisbehaviourMeansEveryoneFollowsTheRules() {
        Population people = new Population(
                SurgeConfig.builder("http://127.0.0.1:1").citizens(1000).misbehave(0).seed(1).build());
        for (int i = 0; i < 1000; i++) {
            assertThat(people.behavior(i)).isEqualTo(Misbehavior.NONE);
        }
    }
}
