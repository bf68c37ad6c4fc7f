package org.yeyak.console;

/**
 * Plain entry point: JavaFX on the class path refuses a main class that extends
 * {@code Application}, so this class only hands over to {@link ConsoleApp}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // The rolling log file, chosen before the first logger exists.
        org.yeyak.console.about.LogFile.install(org.yeyak.console.settings.UserFolders.forCurrentUser().logs());
        ConsoleApp.main(args);
    }
}
