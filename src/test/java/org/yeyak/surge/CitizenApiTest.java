package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class CitizenApiTest {
    @Test
    void timeoutsSayWhichWaitRanOut() {
        assertThat(CitizenApi.timeoutKind(new SocketTimeoutException("Connect timed out")))
                .isEqualTo("TIMEOUT_CONNECT");
        assertThat(CitizenApi.timeoutKind(new SocketTimeoutException("timeout"))).isEqualTo("TIMEOUT_READ");
        assertThat(CitizenApi.timeoutKind(new SocketTimeoutException("Read timed out"))).isEqualTo("TIMEOUT_READ");
        assertThat(CitizenApi.timeoutKind(new InterruptedIOException("timeout"))).isEqualTo("TIMEOUT_CALL");
    }
}
