package org.yeyak.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerClock;
import org.yeyak.server.security.ServerKeys;

/** Session tokens: remembered once verified, yet expiry and forgery are still refused. */
class SessionTokensTest {
    static final Instant START = Instant.parse("2021-08-09T11:00:00Z");

    @TempDir
    Path data;

    @Test
    void aRememberedTokenStillExpiresWithTheServerClock() {
        ServerClock clock = ServerClock.demo(START);
        SessionTokens tokens = new SessionTokens(new ServerKeys(data), clock);
        CitizenSession s = new CitizenSession("p-1", LocalDate.of(1990, 5, 19), "device-1", "s-1",
                START.plus(Duration.ofMinutes(30)));
        String token = tokens.issue(s);

        assertThat(tokens.read(token)).contains(s);
        assertThat(tokens.read(token)).contains(s);   // the second read comes from memory
        clock.moveTo(START.plus(Duration.ofMinutes(30)));
        assertThat(tokens.read(token)).isEmpty();
        clock.moveTo(START.plus(Duration.ofMinutes(29)));
        assertThat(tokens.read(token)).contains(s);
    }

    @Test
    void aTamperedTokenIsRefusedEvenAfterTheGenuineOneWasRemembered() {
        SessionTokens tokens = new SessionTokens(new ServerKeys(data), ServerClock.demo(START));
        String token = tokens.issue(new CitizenSession("p-1", LocalDate.of(1990, 5, 19), "device-1", "s-1",
                START.plus(Duration.ofMinutes(30))));
        assertThat(tokens.read(token)).isPresent();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(tokens.read(tampered)).isEmpty();
        assertThat(tokens.read(null)).isEmpty();
        assertThat(tokens.read("not.a.jwt")).isEmpty();
    }
}
