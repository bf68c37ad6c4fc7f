package org.yeyak.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.ServerMain;

/** The real {@code ServerMain} in its own process: the random demo password goes to standard output only. */
class DemoPasswordNoticeTest {
    private static final Pattern NOTICE = Pattern.compile(
            "Demo staff accounts official, callcenter, analyst: password (\\S+)");

    @TempDir
    Path data;

    @Test
    void theRandomDemoPasswordIsPrintedOnceOnStandardOutputAndNeverLogged() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName(), "--port", "0", "--data", data.toString(), "--demo")).start();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        CompletableFuture<String> password = new CompletableFuture<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        drain(p.getInputStream(), out, line -> {
            Matcher m = NOTICE.matcher(line);
            if (m.find()) {
                password.complete(m.group(1));
            }
            if (line.startsWith("Yeyak server listening on ")) {
                url.complete(line.substring("Yeyak server listening on ".length()).strip());
            }
        });
        drain(p.getErrorStream(), err, line -> { });
        try {
            String base = url.get(180, TimeUnit.SECONDS);
            String pw = password.get(30, TimeUnit.SECONDS);
            StaffHttp http = new StaffHttp(base);
            assertThat(http.get("/api/v1/staff/me", http.login("analyst", pw)).json().get("role").asText()).isEqualTo("ANALYST");
            synchronized (out) {
                assertThat(NOTICE.matcher(out).results().count()).as("printed once").isEqualTo(1);
            }
            synchronized (err) {
                assertThat(err.toString()).as("the log").doesNotContain(pw);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void drain(InputStream in, StringBuilder sink, java.util.function.Consumer<String> onLine) {
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (sink) {
                        sink.append(line).append('\n');
                    }
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }
}
