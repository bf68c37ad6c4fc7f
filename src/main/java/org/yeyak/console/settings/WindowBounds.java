package org.yeyak.console.settings;

import java.util.List;

/** The window's last size and position (screen coordinates), and whether it was maximised. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    /** The console's minimum size (ConsoleWindow sets the same on its stage). */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;
    /** How much of the title bar must be on a screen for the window to count as reachable. */
    private static final double GRIP = 80;

    /** A screen's visible area. */
    public record Area(double x, double y, double width, double height) {
        boolean containsGripOf(WindowBounds w) {
            double left = Math.max(x, w.x);
            double right = Math.min(x + width, w.x + w.width);
            double titleBarY = w.y + 10;
            return right - left >= Math.min(GRIP, w.width) && titleBarY >= y && titleBarY < y + height;
        }
    }

    /**
     * These bounds made usable on today's screens: at least the minimum size, no larger than the
     * screen that shows it, and centred on the first screen when the saved place is off every
     * screen (a monitor unplugged since). Empty screens list: unchanged.
     */
    public WindowBounds fittedTo(List<Area> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Area home = screens.stream().filter(s -> s.containsGripOf(this)).findFirst().orElse(null);
        Area target = home != null ? home : screens.get(0);
        double w = Math.min(Math.max(width, MIN_WIDTH), target.width);
        double h = Math.min(Math.max(height, MIN_HEIGHT), target.height);
        double nx;
        double ny;
        if (home != null) {
            nx = Math.min(Math.max(x, target.x), target.x + target.width - w);
            ny = Math.min(Math.max(y, target.y), target.y + target.height - h);
        } else {
            nx = target.x + (target.width - w) / 2;
            ny = target.y + (target.height - h) / 2;
        }
        return new WindowBounds(nx, ny, w, h, maximized);
    }
}
