package org.yeyak.console;

/**
 * Plain entry point: JavaFX on the class path refuses a main class that extends
 * {@code Application}, so this class only hands over to {@link ConsoleApp}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        ConsoleApp.main(args);
    }
}
