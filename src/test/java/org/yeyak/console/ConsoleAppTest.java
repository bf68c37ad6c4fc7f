package org.yeyak.console;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConsoleAppTest {

    @Start
    void start(Stage stage) {
        new ConsoleApp().start(stage);
    }

    @Test
    void windowShowsTheProductName(FxRobot robot) {
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).contains("Yeyak");
    }
}
