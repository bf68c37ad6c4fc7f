package org.yeyak.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.yeyak.client.Campaign;
import org.yeyak.console.ConsoleUiTest;
import org.yeyak.console.UiSteps;

/** An official creates a campaign through the real page, against a real embedded server. */
class CampaignsPageTest extends ConsoleUiTest {
    @Test
    void creatingACampaignShowsValidationAndTheMonthEndWarningThenSaves(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.signIn("official", console.password());
        ui.click("#newCampaign");
        ui.waitUntilShown("#campaignForm");
        Button save = robot.lookup("#saveCampaign").queryButton();
        assertThat(save.isDisabled()).isTrue();

        ui.type("#campaignId", "late-august");
        ui.type("#campaignName", "18–49 late August");
        ui.type("#vaccine", "Moderna");
        ui.type("#bornFrom", "2003-12-31");
        ui.type("#bornTo", "1972-01-01");
        // A validation error: the cohort ends before it starts.
        ui.waitFor("bornTo marked invalid", () -> robot.lookup("#bornTo").query().getStyleClass().contains("field-invalid"));
        assertThat(save.isDisabled()).isTrue();
        ui.type("#bornFrom", "1972-01-01");
        ui.type("#bornTo", "2003-12-31");
        ui.waitFor("bornTo valid", () -> !robot.lookup("#bornTo").query().getStyleClass().contains("field-invalid"));

        // Ten days from 26 August cross the month end: the 31st and the 1st both end in 1, nobody has 5.
        ui.type("#firstBookingDay", "2021-08-26");
        ui.waitUntilShown("#monthEndWarning");
        assertThat(robot.lookup("#day-2021-08-31").queryAs(Node.class).getStyleClass()).contains("calendar-double");
        assertThat(robot.lookup("#demandUnscheduled").tryQuery()).isPresent();
        ui.click("#applyFix");
        ui.waitFor("warning gone", () -> robot.lookup("#monthEndWarning").tryQuery().isEmpty());
        assertThat(robot.lookup("#day-2021-09-04").queryAs(Node.class).getStyleClass()).contains("calendar-digit-day");

        assertThat(save.isDisabled()).isTrue();
        ui.type("#vaccinationFrom", "2021-09-13");
        ui.type("#vaccinationTo", "2021-10-16");
        ui.waitFor("save enabled", () -> !save.isDisabled());
        ui.click("#saveCampaign");

        ui.waitFor("campaign in the list", () -> robot.lookup("#campaignList").queryAs(ListView.class).getItems()
                .stream().anyMatch(c -> ((Campaign) c).id().equals("late-august")));
        Campaign saved = console.officialClient().campaign("late-august");
        assertThat(saved.schedule().warnings()).isEmpty();
        assertThat(saved.bookingDays()).hasSize(10).last().hasToString("2021-09-04");
        assertThat(saved.vialSize()).isEqualTo(10);
    }
}
