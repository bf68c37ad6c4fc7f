package org.yeyak.console.tour;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.yeyak.client.CampaignForm;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ConsoleWindow;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.shell.PageKind;
import org.yeyak.console.ui.FxTaskExecutor;
import org.yeyak.console.ui.I18n;

/**
 * Walks through every screen of the console on a real display and saves one PNG per screen
 * (the README's screenshots). Not a test: run it under a display, e.g. with Xvfb:
 * <pre>DISPLAY=:99 mvn -q test-compile exec:exec -Dexec.classpathScope=test \
 *     -Dconsole.main=org.yeyak.console.tour.ScreenTour -Dconsole.args=docs/images</pre>
 */
public final class ScreenTour {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Path out;
    private Stage stage;
    private ConsoleWindow window;
    private EmbeddedServer server;

    private ScreenTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        ScreenTour tour = new ScreenTour(out);
        Platform.startup(() -> { });
        try {
            tour.run();
        } finally {
            tour.stop();
        }
        System.out.println("Screens written to " + out.toAbsolutePath());
        System.exit(0);
    }

    private void run() throws Exception {
        server = EmbeddedServer.start(Files.createTempDirectory("yeyak-tour"));
        String password = server.demoPassword().orElseThrow();
        YeyakClient official = new YeyakClient(server.url());
        official.signIn("official", password);
        official.createCampaign(monthEndCampaign());

        FxTaskExecutor executor = new FxTaskExecutor();
        fx(() -> {
            stage = new Stage();
            window = new ConsoleWindow(stage, executor, I18n.forLocale(Locale.ENGLISH));
            window.connect(server);
            stage.show();
            return null;
        });
        waitFor("sign-in", () -> node("#login") != null);
        shoot("signin-en");
        click("#switchLanguage");
        waitFor("Korean sign-in", () -> "로그인".equals(((Button) node("#signIn")).getText()));
        shoot("signin-ko");
        click("#switchLanguage");

        signIn("official", password);
        showCampaign("late-august");
        scrollTo("#monthEndWarning");
        shoot("campaigns-en");
        click("#switchLanguage");
        showCampaign("late-august");
        scrollTo("#monthEndWarning");
        shoot("campaigns-ko");
        click("#switchLanguage");

        select(PageKind.ALLOCATION);
        waitFor("allocation page", () -> node("#doses") != null);
        fx(() -> {
            ((TextField) node("#doses")).setText("1,200,000");
            return null;
        });
        click("#previewAllocation");
        waitFor("allocation preview", () -> !((javafx.scene.control.TableView<?>) node("#allocationTable")).getItems().isEmpty()
                || !((javafx.scene.control.Label) node("#allocationError")).getText().isEmpty());
        shoot("allocation-en");

        select(PageKind.LIVE);
        waitFor("live page", () -> node("#page-live") != null);
        shoot("live-en");

        click("#signOut");
        waitFor("sign-in again", () -> node("#login") != null);
        signIn("callcenter", password);
        waitFor("assist page", () -> node("#page-assist") != null);
        shoot("assist-en");

        click("#switchTheme");
        waitFor("dark shell", () -> node("#page-assist") != null);
        shoot("assist-dark-en");
        fx(() -> {
            window.dispose();
            return null;
        });
        executor.close();
    }

    private static CampaignForm monthEndCampaign() {
        return new CampaignForm("late-august", "18–49세 8월 말 예약", new CampaignForm.Cohort(LocalDate.of(1972, 1, 1),
                LocalDate.of(2003, 12, 31)), null, LocalDate.of(2021, 8, 26), "DAY_OF_MONTH", "Asia/Seoul", null, null,
                List.of(new CampaignForm.CatchUp("40대", LocalDate.of(1972, 1, 1), LocalDate.of(1981, 12, 31),
                        LocalDate.of(2021, 9, 6))),
                new CampaignForm.Period(LocalDate.of(2021, 9, 8), LocalDate.of(2021, 9, 30)),
                LocalDate.of(2021, 9, 13), LocalDate.of(2021, 10, 16), "Moderna", 10, true);
    }

    private void signIn(String user, String password) throws Exception {
        fx(() -> {
            ((TextField) node("#username")).setText(user);
            ((TextField) node("#password")).setText(password);
            ((Button) node("#signIn")).fire();
            return null;
        });
        waitFor("shell", () -> node("#shell") != null && node("#serverTime") != null
                && !((javafx.scene.control.Label) node("#serverTime")).getText().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void showCampaign(String id) throws Exception {
        waitFor("campaign " + id, () -> {
            ListView<org.yeyak.client.Campaign> list = (ListView<org.yeyak.client.Campaign>) node("#campaignList");
            return list != null && list.getItems().stream().anyMatch(c -> c.id().equals(id));
        });
        fx(() -> {
            ListView<org.yeyak.client.Campaign> list = (ListView<org.yeyak.client.Campaign>) node("#campaignList");
            list.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                    .ifPresent(c -> list.getSelectionModel().select(c));
            return null;
        });
        waitFor("form of " + id, () -> node("#monthEndWarning") != null);
    }

    private void select(PageKind kind) throws Exception {
        fx(() -> {
            @SuppressWarnings("unchecked")
            ListView<PageKind> nav = (ListView<PageKind>) node("#nav");
            nav.getSelectionModel().select(kind);
            return null;
        });
    }

    private void scrollTo(String query) throws Exception {
        fx(() -> {
            Node n = node(query);
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 120) / hidden)));
                    break;
                }
            }
            return null;
        });
    }

    private void click(String query) throws Exception {
        waitFor(query, () -> node(query) != null);
        fx(() -> {
            ((Button) node(query)).fire();
            return null;
        });
    }

    private Node node(String query) {
        Scene scene = stage.getScene();
        return scene == null ? null : scene.lookup(query);
    }

    /** Lets the FX thread lay out and paint (a few pulses), then writes the window as PNG. */
    private void shoot(String name) throws Exception {
        for (int i = 0; i < 5; i++) {
            fx(() -> null);
            Thread.onSpinWait();
        }
        long until = System.nanoTime() + 700_000_000L; // let charts and cells settle
        while (System.nanoTime() < until) {
            fx(() -> null);
        }
        BufferedImage img = fx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
        System.out.println("  " + name + ".png");
    }

    private void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (!fx(condition::get)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            fx(() -> null);
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }

    private void stop() {
        if (server != null) {
            server.close();
        }
        Platform.exit();
    }

}
