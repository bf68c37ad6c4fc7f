package org.yeyak.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yeyak.console.ConsoleWindow;

/**
 * A notification is a popup with its own root: it must get the Hangul font as the window does,
 * or Korean shows as boxes on Linux.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanNotificationTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StackPane root = new StackPane(new Label("실시간 현황"));
        Scene scene = new Scene(root, 640, 400);
        scene.getStylesheets().add(Objects.requireNonNull(ConsoleWindow.class.getResource(ConsoleWindow.STYLESHEET)).toExternalForm());
        KoreanFont.apply(root);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aKoreanNotificationIsSetInTheHangulFontTheWindowUses(FxRobot robot) throws Exception {
        String family = KoreanFont.styleClass().orElse(null);
        assumeThat(family).as("a Hangul font (fonts-noto-cjk) is installed").isNotNull();

        robot.interact(() -> new FxDialogService(stage, I18n.forLocale(Locale.KOREAN)).notify("카카오: 원활 → 선택 불가"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notificationLabel(robot) != null);

        Label text = notificationLabel(robot);
        Label windowText = robot.lookup(".label").queryAs(Label.class);
        assertThat(windowText.getFont().getFamily()).startsWith(family.equals("font-nanumgothic") ? "NanumGothic" : "Noto Sans");
        assertThat(text.getFont().getFamily()).isEqualTo(windowText.getFont().getFamily());
    }

    private static Label notificationLabel(FxRobot robot) {
        List<Window> popups = robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()).toList();
        return popups.stream().flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("카카오"))
                .map(Label.class::cast).findFirst().orElse(null);
    }
}
