package org.yeyak.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {
    private static final WindowBounds.Area LAPTOP = new WindowBounds.Area(0, 0, 1440, 900);
    private static final WindowBounds.Area RIGHT_MONITOR = new WindowBounds.Area(1440, 0, 1920, 1080);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowBounds w = new WindowBounds(1600, 100, 1200, 800, false);
        assertThat(w.fittedTo(List.of(LAPTOP, RIGHT_MONITOR))).isEqualTo(w);
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorIsCentredOnTheFirstScreen() {
        WindowBounds w = new WindowBounds(1600, 100, 1200, 800, false);
        WindowBounds fitted = w.fittedTo(List.of(LAPTOP));
        assertThat(fitted).isEqualTo(new WindowBounds(120, 50, 1200, 800, false));
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToItAndASmallOneGrowsToTheMinimum() {
        assertThat(new WindowBounds(0, 0, 3000, 2000, true).fittedTo(List.of(LAPTOP)))
                .isEqualTo(new WindowBounds(0, 0, 1440, 900, true));
        WindowBounds small = new WindowBounds(10, 10, 300, 200, false).fittedTo(List.of(LAPTOP));
        assertThat(small.width()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(small.height()).isEqualTo(WindowBounds.MIN_HEIGHT);
    }

    @Test
    void aTitleBarAboveTheScreenIsBroughtBackDown() {
        WindowBounds fitted = new WindowBounds(100, -400, 1000, 700, false).fittedTo(List.of(LAPTOP));
        assertThat(fitted.y()).isBetween(0.0, 900.0 - 700);
    }
}
