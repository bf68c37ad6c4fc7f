package org.yeyak.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.Light;

/** The dashboard's tiles on a fake stream, headless: the one-second timer hands each snapshot to the tiles. */
@ExtendWith(ApplicationExtension.class)
class LiveTilesTest {
    final FakeFeed feed = new FakeFeed();
    final RecordingDialogs dialogs = new RecordingDialogs();
    FxTaskExecutor executor;
    LiveView view;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        I18n i18n = I18n.forLocale(Locale.ENGLISH);
        LiveViewModel vm = new LiveViewModel(feed, (id, on) -> { }, executor, dialogs, i18n, Clock.systemUTC(),
                Duration.ofMinutes(6), 600);
        view = new LiveView(vm, null, i18n, new DashboardPng(executor, dialogs, i18n));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(view::stop).get();
        executor.close();
    }

    /** Waits until the condition holds, reading it on the FX thread (never halfway through an update). */
    static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("not within 10 s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tilesFollowTheSnapshotsAndTheLightsChangeColour(FxRobot robot) {
        feed.push(Snapshots.of(4200, 400, "mobile", Light.YELLOW));
        await("provider tiles", () -> robot.lookup("#light-mobile").tryQuery().isPresent());
        assertThat(robot.lookup("#light-mobile").queryAs(TrafficLight.class).getLight()).isEqualTo(Light.YELLOW);
        assertThat(robot.lookup("#light-kakao").queryAs(TrafficLight.class).getLight()).isEqualTo(Light.GREEN);
        assertThat(robot.lookup("#state-mobile").queryAs(Label.class).getText()).isEqualTo("Delayed");
        assertThat(robot.lookup("#tile-queue").queryAs(Tile.class).getValue()).isEqualTo(4200);
        assertThat(robot.lookup("#tile-wait").queryAs(Tile.class).getValue()).isCloseTo(6.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(robot.lookup("#tile-wait").queryAs(Tile.class).getValueColor()).isEqualTo(LiveTiles.ALERT);
        assertThat(robot.lookup("#region-50").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.99);
        assertThat(robot.lookup("#tranche-2021-08-09").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.4);
        assertThat(robot.lookup("#tranche-CATCHUP").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#tranchesNone").queryAs(Label.class).isVisible()).isFalse();

        feed.push(Snapshots.of(5000, 100, "mobile", Light.RED, "ipin", Light.GRAY));
        await("mobile red", () -> robot.lookup("#light-mobile").queryAs(TrafficLight.class).getLight() == Light.RED);
        assertThat(robot.lookup("#light-ipin").queryAs(TrafficLight.class).getLight()).isEqualTo(Light.GRAY);
        assertThat(robot.lookup("#tile-queue").queryAs(Tile.class).getValue()).isEqualTo(5000);
        assertThat(robot.lookup("#switch-ipin").queryAs(Button.class).getText()).isEqualTo("Turn on");
        assertThat(robot.lookup("#switch-mobile").queryAs(Button.class).getText()).isEqualTo("Turn off");
        ListView<?> log = robot.lookup("#eventLog").queryAs(ListView.class);
        // The wait alarm (400 s) and its end (100 s), and two colours.
        assertThat(log.getItems()).as(log.getItems().toString()).hasSize(4);
        assertThat(view.viewModel().series().points()).hasSize(2);
    }

    @Test
    void wrappedEventLinesGetTheHeightTheyNeedAndDoNotRunIntoTheNext(FxRobot robot) {
        // The console's theme, as ConsoleWindow sets it: it gives list cells a fixed height.
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        // Events arrive a few at a time and go on top, as on a live server.
        feed.push(Snapshots.of(4200, 400, "mobile", Light.YELLOW));
        await("provider tiles", () -> robot.lookup("#light-mobile").tryQuery().isPresent());
        feed.push(Snapshots.of(5000, 100, "mobile", Light.RED, "ipin", Light.GRAY));
        await("four events", () -> robot.lookup("#eventLog").queryAs(ListView.class).getItems().size() == 4);
        feed.push(Snapshots.of(5000, 100, "mobile", Light.GREEN, "ipin", Light.GREEN));
        await("six events", () -> robot.lookup("#eventLog").queryAs(ListView.class).getItems().size() == 6);
        feed.push(Snapshots.of(5000, 100, "naver", Light.YELLOW));
        await("seven events", () -> robot.lookup("#eventLog").queryAs(ListView.class).getItems().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();

        java.util.List<javafx.scene.control.Cell<?>> cells = robot.lookup("#eventLog .list-cell")
                .<javafx.scene.control.Cell<?>>queryAll().stream()
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getGraphic() instanceof Label)
                .sorted(java.util.Comparator.comparingDouble(javafx.scene.Node::getLayoutY)).toList();
        assertThat(cells).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < cells.size(); i++) {
            Label line = (Label) cells.get(i).getGraphic();
            assertThat(line.getHeight()).as("two lines at least: %s", line.getText())
                    .isGreaterThan(1.5 * line.getFont().getSize());
            assertThat(cells.get(i).getHeight()).as(line.getText()).isGreaterThanOrEqualTo(line.prefHeight(line.getWidth()));
            if (i + 1 < cells.size()) {
                assertThat(cells.get(i).getLayoutY() + line.prefHeight(line.getWidth())).as(line.getText())
                        .isLessThanOrEqualTo(cells.get(i + 1).getLayoutY() + 0.5);
            }
        }
    }
}
