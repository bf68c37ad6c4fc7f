package org.yeyak.console.settings;

import java.util.Optional;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time (fitted to today's screens) and reads where it is now. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    public static void restore(Stage stage, Optional<WindowBounds> saved) {
        saved.ifPresent(bounds -> {
            WindowBounds b = bounds.fittedTo(Screen.getScreens().stream()
                    .map(Screen::getVisualBounds)
                    .map(r -> new WindowBounds.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()))
                    .toList());
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    public static WindowBounds of(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
