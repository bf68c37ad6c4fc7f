package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** A cheap hasher for the behaviour tests; the cost test below uses the real one. */
    private final PasswordHasher cheap = new PasswordHasher(1_000);

    @Test
    void hashesAtTheOwaspCostWithTheIterationsRecorded() {
        PasswordHasher real = new PasswordHasher();
        String h = real.hash("correct horse");
        assertThat(h).startsWith("pbkdf2-sha256$600000$");
        assertThat(real.matches("correct horse", h)).isTrue();
        assertThat(real.needsRehash(h)).isFalse();
    }

    @Test
    void theRightPasswordMatchesAndAnyOtherDoesNot() {
        String h = cheap.hash("비밀번호-secret");
        assertThat(cheap.matches("비밀번호-secret", h)).isTrue();
        assertThat(cheap.matches("비밀번호-secreT", h)).isFalse();
        assertThat(cheap.matches("", h)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(cheap.hash("same")).isNotEqualTo(cheap.hash("same"));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertThat(cheap.matches("x", "plain-text-password")).isFalse();
        assertThat(cheap.matches("x", "pbkdf2-sha256$1000$!!$!!")).isFalse();
        assertThat(cheap.matches("x", null)).isFalse();
    }

    @Test
    void theDecoyCheckForUnknownUsersNeverSucceeds() {
        assertThat(cheap.matchesDecoy("anything")).isFalse();
    }

    @Test
    void aHashMadeAtALowerCostAsksToBeRedone() {
        assertThat(new PasswordHasher().needsRehash(cheap.hash("pw"))).isTrue();
    }

    @Test
    void randomPasswordsAreLongAndDiffer() {
        assertThat(PasswordHasher.randomPassword()).hasSize(16).isNotEqualTo(PasswordHasher.randomPassword());
    }
}
