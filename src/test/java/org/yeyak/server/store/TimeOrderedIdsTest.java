package org.yeyak.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void compactIdsSortByTheMillisecondTheyWereMadeInAndAreDistinct() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long ms = System.currentTimeMillis();
            while (System.currentTimeMillis() == ms) {
                Thread.onSpinWait(); // start each round in a new millisecond
            }
            for (int i = 0; i < 200; i++) {
                ids.add(TimeOrderedIds.compact());
            }
        }
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).hasSameSizeAs(ids);
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).substring(0, 12)).as("time prefix of id %d", i)
                    .isGreaterThanOrEqualTo(ids.get(i - 1).substring(0, 12));
        }
        assertThat(ids.getFirst().substring(0, 12)).isLessThan(ids.getLast().substring(0, 12));
        assertThat(ids).allSatisfy(id -> assertThat(id).hasSize(28).matches("[0-9a-f]{12}[A-Za-z0-9_-]{16}"));
        long stamped = Long.parseLong(ids.getLast().substring(0, 12), 16);
        assertThat(stamped).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    }

    @Test
    void uuid7IdsAreVersion7UuidsInTimeOrder() {
        String a = TimeOrderedIds.uuid7();
        long ms = System.currentTimeMillis();
        while (System.currentTimeMillis() == ms) {
            Thread.onSpinWait();
        }
        String b = TimeOrderedIds.uuid7();
        assertThat(java.util.UUID.fromString(a).version()).isEqualTo(7);
        assertThat(java.util.UUID.fromString(b).variant()).isEqualTo(2);
        assertThat(a.substring(0, 13)).isLessThan(b.substring(0, 13));
    }
}
