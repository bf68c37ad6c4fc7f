package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lanes' own time limit (they have no okhttp read or write timeouts): against a real socket
 * that accepts and then never answers, the call ends as {@link ClientLanes.TimedOut}, which the
 * report counts as {@code TIMEOUT_CALL}; an answer that does come is read whole.
 */
@Timeout(60)
class ClientLanesTest {
    private ServerSocket server;
    private final List<Socket> accepted = new ArrayList<>();
    private volatile boolean answer;
    private ClientLanes lanes;

    @BeforeEach
    void start() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serve);
        lanes = new ClientLanes(new OkHttpClient(), Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() throws Exception {
        lanes.close();
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    private void serve() {
        try {
            while (true) {
                Socket s = server.accept();
                accepted.add(s);
                if (answer) {
                    InputStream in = s.getInputStream();
                    in.read(new byte[4096]);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nRetry-After: 3\r\nConnection: close\r\n\r\nok")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (Exception closed) {
            // the test is over
        }
    }

    private Request request() {
        return new Request.Builder().url("http://127.0.0.1:" + server.getLocalPort() + "/health").build();
    }

    @Test
    void aCallWithoutAnAnswerIsCancelledAtItsLimit() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> lanes.execute(request()))
                .isInstanceOf(ClientLanes.TimedOut.class)
                .satisfies(e -> assertThat(CitizenApi.timeoutKind((ClientLanes.TimedOut) e)).isEqualTo("TIMEOUT_CALL"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isGreaterThanOrEqualTo(1.0).isLessThan(30.0);
    }

    @Test
    void anAnswerIsReadWhole() throws Exception {
        answer = true;
        ClientLanes.Answer a = lanes.execute(request());
        assertThat(a.code()).isEqualTo(200);
        assertThat(new String(a.body(), StandardCharsets.US_ASCII)).isEqualTo("ok");
        assertThat(a.header("Retry-After")).isEqualTo("3");
    }
}
