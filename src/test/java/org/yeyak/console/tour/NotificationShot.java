package org.yeyak.console.tour;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.robot.Robot;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.live.ProviderSwitch;
import org.yeyak.console.ConsoleWindow;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.shell.PageKind;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;

/**
 * The Korean live page with a real notification on screen: an official switches Kakao off, the
 * dashboard's light turns grey and the console raises its notification (a ControlsFX popup, which
 * a scene snapshot would not show, so this captures the whole screen). Not a test: run it under a
 * display, e.g. with Xvfb:
 * <pre>DISPLAY=:99 mvn -q test-compile exec:exec -Dexec.classpathScope=test \
 *     -Dconsole.main=org.yeyak.console.tour.NotificationShot -Dconsole.args=docs/images/live-notification-ko.png</pre>
 */
public final class NotificationShot {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Stage stage;

    private NotificationShot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "live-notification-ko.png");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Platform.startup(() -> { });
        try (EmbeddedServer server = EmbeddedServer.start(Files.createTempDirectory("yeyak-notification"))) {
            String password = server.demoPassword().orElseThrow();
            FxTaskExecutor executor = new FxTaskExecutor();
            ConsoleWindow window = fx(() -> {
                stage = new Stage();
                ConsoleWindow w = new ConsoleWindow(stage, executor, I18n.forLocale(Locale.KOREAN));
                w.connect(server);
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1280);
                stage.setHeight(800);
                stage.show();
                return w;
            });
            waitFor("sign-in", () -> node("#login") != null);
            fx(() -> {
                ((TextField) node("#username")).setText("official");
                ((TextField) node("#password")).setText(password);
                ((Button) node("#signIn")).fire();
                return null;
            });
            waitFor("shell", () -> node("#nav") != null);
            fx(() -> {
                @SuppressWarnings("unchecked")
                ListView<PageKind> nav = (ListView<PageKind>) node("#nav");
                nav.getSelectionModel().select(PageKind.LIVE);
                return null;
            });
            waitFor("live page", () -> node("#page-live") != null);
            pause(Duration.ofSeconds(3)); // the dashboard's first figures: the lights it compares against

            YeyakClient official = new YeyakClient(server.url());
            official.signIn("official", password);
            new ProviderSwitch(official).setEnabled("kakao", false);
            waitFor("notification", () -> Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
            pause(Duration.ofMillis(1500)); // the popup fades in

            BufferedImage img = fx(() -> SwingFXUtils.fromFXImage(
                    new Robot().getScreenCapture(null, Screen.getPrimary().getBounds()), null));
            ImageIO.write(img, "png", out.toFile());
            System.out.println("Screen written to " + out.toAbsolutePath());
            fx(() -> {
                window.dispose();
                return null;
            });
            executor.close();
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static Node node(String query) {
        return stage.getScene() == null ? null : stage.getScene().lookup(query);
    }

    private static void pause(Duration d) throws Exception {
        Instant until = Instant.now().plus(d);
        while (Instant.now().isBefore(until)) {
            fx(() -> null);
        }
    }

    private static void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (!fx(condition::get)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }
}
