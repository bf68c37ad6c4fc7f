package org.yeyak.console.assist;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the TestFX tests of the assisted-booking page share: sign in with the keyboard, wait for a condition. */
final class AssistScreen {
    private AssistScreen() {
    }

    /** Signs in with the keyboard only (the cursor starts in the user-name field) and waits for the assist page. */
    static void signInAsCallCenter(FxRobot robot, String password) {
        waitFor("the sign-in screen", () -> robot.lookup("#username").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("callcenter");
        robot.type(KeyCode.TAB);
        robot.write(password);
        robot.type(KeyCode.ENTER);
        waitFor("the assist page with its first field focused",
                () -> robot.lookup("#residentId").tryQuery().map(Node::isFocused).orElse(false));
        waitFor("the campaign", () -> !robot.lookup("#campaign").queryComboBox().getItems().isEmpty());
    }

    static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Not seen within 30 s: " + what, e);
        }
    }

    static void waitForText(FxRobot robot, String query, String text) {
        waitFor(query + " saying \"" + text + "\"", () -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l ? l.getText() : n instanceof TextInputControl t ? t.getText() : "")
                .map(s -> s != null && s.contains(text)).orElse(false));
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Every text on screen (labels, buttons, fields, list cells), to check what a passer-by could read. */
    static String everythingShown(FxRobot robot) {
        StringBuilder b = new StringBuilder();
        robot.lookup(n -> n.isVisible() && (n instanceof javafx.scene.text.Text || n instanceof TextInputControl
                        || n instanceof javafx.scene.control.Labeled))
                .queryAll().forEach(n -> b.append(switch (n) {
                    case javafx.scene.text.Text t -> t.getText();
                    case TextInputControl t -> t.getText();
                    case javafx.scene.control.Labeled l -> l.getText();
                    default -> "";
                }).append('\n'));
        return b.toString();
    }
}
