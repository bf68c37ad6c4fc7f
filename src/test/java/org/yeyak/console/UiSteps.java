package org.yeyak.console;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in the TestFX tests, with waits on conditions (never sleeps). */
public final class UiSteps {
    private final FxRobot robot;

    public UiSteps(FxRobot robot) {
        this.robot = robot;
    }

    public void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, 60, condition);
    }

    /** For steps that write a lot on the server (applying an allocation) on a busy machine. */
    public void waitFor(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting for " + what, e);
        }
    }

    public void waitUntilShown(String query) {
        waitFor(query, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    public void signIn(String user, String password) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#signIn");
        waitUntilShown("#shell");
        waitUntilShown("#serverTime");
        waitUntilShown(".sidebar .list-cell");
    }

    /** Scrolls the node into view (inside its scroll pane), then clicks it. */
    public void click(String query) {
        Node node = visible(query);
        robot.clickOn(node);
    }

    /** Clicks into a field, selects what is there, and types the text followed by Enter. */
    public void type(String query, String text) {
        Node node = visible(query);
        robot.clickOn(node);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    public Node visible(String query) {
        waitFor(query, () -> robot.lookup(query).tryQuery().isPresent());
        Node node = robot.lookup(query).query();
        robot.interact(() -> scrollIntoView(node));
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static void scrollIntoView(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds nb = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (nb.getMinY() - 40) / hidden)));
                }
                scroll.layout();
                return;
            }
        }
    }
}
