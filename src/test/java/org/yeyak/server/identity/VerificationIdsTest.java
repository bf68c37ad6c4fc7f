package org.yeyak.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.security.ServerKeys;

class VerificationIdsTest {
    static final Verification V = new Verification("0193a1b2c3d4AbCdEfGhIjKlMnOp", "f".repeat(64), "device-123",
            "kakao", LocalDate.of(1990, 5, 19), "홍*동", Instant.parse("2021-08-09T11:00:00Z"),
            Instant.parse("2021-08-09T11:01:05Z"));

    @TempDir
    Path data;

    @Test
    void anIdOpensToTheVerificationOnAnyNodeSharingTheKeys() {
        String id = new VerificationIds(new ServerKeys(data)).seal(V);
        assertThat(new VerificationIds(new ServerKeys(data)).open(id)).contains(V);
    }

    @Test
    void theIdShowsNeitherThePersonNorTheBirthDate() {
        String id = new VerificationIds(new ServerKeys(data)).seal(V);
        String decodedParts = new String(java.util.Base64.getUrlDecoder().decode(id.split("\\.")[3]),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(id + decodedParts).doesNotContain("fffff").doesNotContain("1990").doesNotContain("device-123");
    }

    @Test
    void aForgedAlteredOrForeignIdIsUnknown(@TempDir Path elsewhere) {
        VerificationIds ids = new VerificationIds(new ServerKeys(data));
        String id = ids.seal(V);
        String[] parts = id.split("\\.");
        char last = parts[3].charAt(5);
        parts[3] = parts[3].substring(0, 5) + (last == 'A' ? 'B' : 'A') + parts[3].substring(6);
        assertThat(ids.open(String.join(".", parts))).as("one character of the ciphertext changed").isEmpty();
        assertThat(new VerificationIds(new ServerKeys(elsewhere)).open(id)).as("another server's key").isEmpty();
        assertThat(ids.open("not-a-token")).isEmpty();
        assertThat(ids.open("")).isEmpty();
        assertThat(ids.open(null)).isEmpty();
        assertThat(ids.open("a".repeat(5_000))).isEmpty();
    }
}
