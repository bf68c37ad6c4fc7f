package org.yeyak.console.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.yeyak.client.AllocationForm;
import org.yeyak.console.ConsoleUiTest;
import org.yeyak.console.UiSteps;
import org.yeyak.rules.alloc.AllocationPolicy;

/** An official previews and applies an allocation through the real page, against a real embedded server. */
class AllocationPageTest extends ConsoleUiTest {
    @Test
    void previewingThenApplyingAnAllocationAfterConfirmation(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.signIn("official", console.password());
        ui.click("#nav-allocation");
        ui.waitUntilShown("#page-allocation");
        ui.waitFor("the demo campaign chosen", () -> robot.lookup("#allocCampaign").queryComboBox().getValue() != null);
        ui.type("#doses", "500,000");
        ui.click("#previewAllocation");
        TableView<?> table = robot.lookup("#allocationTable").queryTableView();
        ui.waitFor("preview rows", () -> !table.getItems().isEmpty());
        int clinics = table.getItems().size();
        assertThat(robot.lookup("#sumRequested").queryAs(Label.class).getText()).isEqualTo("500,000");

        ui.click("#regionFilter");
        ui.waitFor("region list", () -> robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Busan")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Busan")).queryAs(javafx.scene.Node.class));
        ui.waitFor("filtered to Busan", () -> table.getItems().size() < clinics);
        assertThat(table.getItems()).isNotEmpty();

        ui.click("#applyAllocation");
        ui.waitUntilShown("#confirmOk");
        ui.click("#confirmOk");
        ui.waitFor("the confirmation closed", () -> robot.lookup("#confirmOk").tryQuery().isEmpty());
        ui.waitFor("applied or refused", 600, () -> !robot.lookup("#allocationResult").queryAs(Label.class).getText().isEmpty()
                || !robot.lookup("#allocationError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#allocationError").queryAs(Label.class).getText()).isEmpty();
        long placed = console.officialClient().previewAllocation("demo-18-49",
                new AllocationForm(500_000, AllocationPolicy.EVEN_PER_CLINIC, false)).currentlyAllocatedDoses();
        assertThat(robot.lookup("#allocationResult").queryAs(Label.class).getText())
                .contains(String.format(Locale.ENGLISH, "%,d", placed));
    }
}
