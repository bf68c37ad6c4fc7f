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

    /**
     * Types {@code text} at the end of a text field, a character at a time, each seen in the field
     * before the next is typed. Just after a page is shown, something of it may still take the focus
     * for a moment; a keystroke sent then goes elsewhere (Monocle), so it is typed again with the
     * focus back in the field. A field holding anything but what was typed so far fails at once.
     */
    static void typeInto(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryTextInputControl();
        StringBuilder typed = new StringBuilder(field.getText());
        for (char ch : text.toCharArray()) {
            String before = typed.toString();
            String want = typed.append(ch).toString();
            for (int attempt = 1; ; attempt++) {
                robot.write(ch);
                if (seenWithin(2, () -> !before.equals(field.getText()))) {
                    break;
                }
                if (attempt == 3) {
                    throw new AssertionError("'" + ch + "' typed three times, never seen in " + query);
                }
                robot.interact(() -> {
                    field.requestFocus();
                    field.end();
                });
            }
            if (!want.equals(field.getText())) {
                throw new AssertionError(query + " holds \"" + field.getText() + "\" after typing \"" + want + "\"");
            }
        }
    }

    /**
     * Types a whole resident id into the field that has the focus after sign-in: all but the last
     * character as {@link #typeInto}, then the last (the field takes the number and clears).
     */
    static void typeResidentId(FxRobot robot, String id) {
        typeInto(robot, "#residentId", id.substring(0, id.length() - 1));
        robot.write(id.charAt(id.length() - 1));
    }

    private static boolean seenWithin(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
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
