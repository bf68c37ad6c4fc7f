package org.yeyak.console.settings;

import java.util.Locale;
import javafx.scene.Node;

/**
 * What the console window tells the rest of the console (settings, help) and asks of it,
 * so that the window itself stays about screens: the theme to start with, a header menu,
 * the language and theme switches (to remember them), and the server becoming ready.
 */
public interface WindowHooks {
    WindowHooks NONE = new WindowHooks() {
    };

    /** The theme to start with. */
    default boolean startsDark() {
        return false;
    }

    /** A node for the header bar (null for none); called each time the header is built. */
    default Node headerMenu(WindowControls controls) {
        return null;
    }

    default void languageChanged(Locale locale) {
    }

    default void themeChanged(boolean dark) {
    }

    /** The server is there (after start-up): the place for a first-run welcome. */
    default void connected(WindowControls controls) {
    }
}
