package org.yeyak.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import eu.hansolo.tilesfx.Tile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yeyak.client.StaffRole;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.live.FeedState;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.Light;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient;
import org.yeyak.server.front.FrontDoorClient.Reply;

/**
 * The live page of an official, headless, on a real embedded demo server: a provider pushed
 * past its capacity by a burst of verifications turns YELLOW then RED on its tile, and the
 * official's switch turns another one GRAY through the staff API.
 */
@ExtendWith(ApplicationExtension.class)
class LiveDashboardTest {
    static final String PASSWORD = "live-dashboard-pw";
    /** Simulated providers at 1/100 of their nominal times, short figure windows, a quick controller. */
    static final Map<String, String> FAST = Map.of(
            "yeyak.providers.timeScale", "0.01",
            "yeyak.providers.statsWindow", "PT2S",
            "yeyak.admission.tick", "PT0.05S",
            "yeyak.queue.servingCache", "PT0.02S");
    @TempDir
    static Path data;
    static YeyakServer server;
    static FrontDoorClient citizens;
    static final AtomicInteger serials = new AtomicInteger();

    final RecordingDialogs dialogs = new RecordingDialogs();
    FxTaskExecutor executor;
    LivePage page;

    @BeforeAll
    static void startServer() {
        FAST.forEach(System::setProperty);
        try {
            server = YeyakServer.start(ServerConfig.embeddedDemo(data, PASSWORD));
        } finally {
            FAST.keySet().forEach(System::clearProperty);
        }
        citizens = new FrontDoorClient(server.url());
        // kakao serves 10 at once, 200 ms each at this time scale, and never fails by chance.
        assertThat(citizens.post("/api/v1/demo/providers/kakao",
                Map.of("capacity", 10, "serviceTimeMs", 20_000, "failureRate", 0.0)).status()).isEqualTo(200);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        YeyakClient client = new YeyakClient(server.url());
        client.signIn("official", PASSWORD);
        page = LivePage.create(client, StaffRole.OFFICIAL, true, executor, dialogs, I18n.forLocale(Locale.ENGLISH));
        stage.setScene(new Scene((javafx.scene.Parent) page.view(), 1280, 800));
        stage.show();
        page.enter();
    }

    @AfterEach
    void leave() throws Exception {
        WaitForAsyncUtils.asyncFx(page::reset).get();
        executor.close();
    }

    /** Waits until the condition holds, reading it on the FX thread. */
    static void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("not within " + seconds + " s: " + what, e);
        }
    }

    static Light light(FxRobot robot, String id) {
        return robot.lookup("#light-" + id).tryQueryAs(TrafficLight.class).map(TrafficLight::getLight).orElse(null);
    }

    @Test
    void aProviderPushedPastCapacityTurnsYellowThenRedOnItsTileAndGreenAgainAfterwards(FxRobot robot) throws Exception {
        await("the stream and a GREEN kakao", 20, () -> page.liveView().viewModel().feedStateProperty().get()
                == FeedState.STREAMING && light(robot, "kakao") == Light.GREEN);
        List<Light> seen = new ArrayList<>();
        // On the FX thread, from the colour shown now: no snapshot slips in between.
        WaitForAsyncUtils.asyncFx(() -> {
            seen.add(light(robot, "kakao"));
            page.liveView().viewModel().snapshotProperty().addListener((o, was, now) -> now.providers().stream()
                    .filter(p -> p.id().equals("kakao")).findFirst()
                    .ifPresent(p -> {
                        if (seen.getLast() != p.light()) {
                            seen.add(p.light());
                        }
                    }));
        }).get();

        try (Load load = new Load(8)) {
            await("kakao YELLOW on its tile", 30, () -> light(robot, "kakao") == Light.YELLOW);
            assertThat(robot.lookup("#state-kakao").queryAs(Label.class).getText()).isEqualTo("Delayed");
            try (Load more = new Load(30)) {
                await("kakao RED on its tile", 30, () -> light(robot, "kakao") == Light.RED);
                int inFlight = Integer.parseInt(robot.lookup("#inFlight-kakao").queryAs(Label.class).getText()
                        .replaceAll("\\D", ""));
                assertThat(inFlight).isGreaterThan(0);
            }
        }
        await("kakao GREEN again", 30, () -> light(robot, "kakao") == Light.GREEN);

        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(seen)).get())
                .startsWith(Light.GREEN, Light.YELLOW, Light.RED).endsWith(Light.GREEN);
        List<String> log = WaitForAsyncUtils.asyncFx(() -> page.liveView().viewModel().events().stream()
                .filter(e -> e.kind() == LiveEvent.Kind.LIGHT).map(LiveEvent::text).toList()).get();
        assertThat(log).anyMatch(t -> t.startsWith("Kakao: Smooth → Delayed (in flight "))
                .anyMatch(t -> t.startsWith("Kakao: Delayed → Congested (in flight "));
        assertThat(dialogs.notifications).anyMatch(n -> n.contains("Kakao: Delayed → Congested"));
        assertThat(robot.lookup("#tile-queue").queryAs(Tile.class)).isNotNull();
    }

    @Test
    void anOfficialTurnsAProviderOffFromItsTileAndItGoesGrayEverywhere(FxRobot robot) {
        await("the mobile tile", 20, () -> light(robot, "mobile") != null && light(robot, "mobile") != Light.GRAY);
        dialogs.answer = true;

        robot.clickOn("#switch-mobile");

        await("mobile GRAY", 20, () -> light(robot, "mobile") == Light.GRAY);
        assertThat(dialogs.questions).containsExactly("Turn off Mobile phone?");
        Reply providers = citizens.get("/api/v1/auth/providers");
        assertThat(providers.body().findValuesAsText("light")).isNotEmpty();
        providers.body().forEach(p -> {
            if (p.path("id").asText().equals("mobile")) {
                assertThat(p.path("light").asText()).isEqualTo("GRAY");
            }
        });
        await("the button offers to turn it on", 10,
                () -> robot.lookup("#switch-mobile").queryButton().getText().equals("Turn on"));

        robot.clickOn("#switch-mobile");

        await("mobile back", 20, () -> light(robot, "mobile") != Light.GRAY);
        assertThat(dialogs.questions).hasSize(1);
    }

    /** {@code workers} citizens verifying with kakao one after another, each a different person. */
    static final class Load implements AutoCloseable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService pool;

        Load(int workers) {
            pool = Executors.newFixedThreadPool(workers);
            for (int i = 0; i < workers; i++) {
                pool.execute(() -> {
                    while (running.get()) {
                        int serial = serials.incrementAndGet();
                        Reply r = citizens.startVerification("kakao", "김철수",
                                residentId(LocalDate.of(1985, 3, 14), serial), "live-device-" + serial);
                        if (r.status() == 202) {
                            citizens.awaitVerification(r.text("verificationId"));
                        }
                    }
                });
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
