package org.yeyak.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.yeyak.console.ConsoleUiTest;

/** Signing in through the real screen against a real embedded server: each role sees its own sidebar. */
class RoleNavigationTest extends ConsoleUiTest {
    static void signIn(FxRobot robot, String user, String password) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#signIn");
        waitUntil(robot, "#shell");
        // Cells and the status bar's skin appear with the next layout pulse.
        waitUntil(robot, "#serverTime");
        waitUntil(robot, ".sidebar .list-cell");
    }

    static void waitUntil(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Nothing matched " + query + " within 15 s", e);
        }
    }

    @SuppressWarnings("unchecked")
    static ListView<PageKind> nav(FxRobot robot) {
        return robot.lookup("#nav").queryAs(ListView.class);
    }

    @Test
    void anOfficialSeesCampaignsAllocationAndLiveAndCanSwitchPages(FxRobot robot) {
        signIn(robot, "official", console.password());
        assertThat(nav(robot).getItems()).containsExactly(PageKind.CAMPAIGNS, PageKind.ALLOCATION, PageKind.LIVE);
        assertThat(robot.lookup("#signedInUser").queryAs(Label.class).getText()).isEqualTo("official (health official)");
        waitUntil(robot, "#nav-live");
        robot.clickOn("#nav-live");
        waitUntil(robot, "#page-live");
        assertThat(robot.lookup("#page-campaigns").tryQuery()).isEmpty();
    }

    @Test
    void anAnalystSeesOnlyTheLivePage(FxRobot robot) {
        signIn(robot, "analyst", console.password());
        assertThat(nav(robot).getItems()).containsExactly(PageKind.LIVE);
        assertThat(robot.lookup("#page-live").tryQuery()).isPresent();
    }

    @Test
    void callCenterStaffSeeAssistedBookingAndLive(FxRobot robot) {
        signIn(robot, "callcenter", console.password());
        assertThat(nav(robot).getItems()).containsExactly(PageKind.ASSIST, PageKind.LIVE);
    }

    @Test
    void theStatusBarShowsTheDemoClockAndSignOutReturnsToSignIn(FxRobot robot) {
        signIn(robot, "official", console.password());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#serverTime").queryAs(Label.class).getText().startsWith("Demo clock"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no server time shown", e);
        }
        robot.clickOn("#signOut");
        waitUntil(robot, "#login");
        assertThat(robot.lookup("#shell").tryQuery()).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheServersMessageOnTheScreen(FxRobot robot) {
        robot.clickOn("#username").write("official");
        robot.clickOn("#password").write("wrong");
        robot.clickOn("#signIn");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInError").queryAs(Label.class).isVisible());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no error shown", e);
        }
        assertThat(robot.lookup("#signInError").queryAs(Label.class).getText()).contains("Wrong user name or password.");
    }
}
