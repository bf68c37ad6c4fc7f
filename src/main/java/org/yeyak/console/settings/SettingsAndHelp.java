package org.yeyak.console.settings;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.console.about.AboutDialog;
import org.yeyak.console.about.AboutViewModel;
import org.yeyak.console.about.BuildInfo;
import org.yeyak.console.about.BundledLibraries;
import org.yeyak.console.about.LogFile;
import org.yeyak.console.welcome.WelcomeDialog;
import org.yeyak.console.welcome.WelcomeViewModel;

/**
 * The console's {@link WindowHooks}: remembers language and theme in the settings file, puts a
 * help menu (welcome, settings, About) in the header, and shows the welcome on the first start.
 */
public final class SettingsAndHelp implements WindowHooks {
    private final SettingsStore store;
    private boolean welcomeOffered;

    public SettingsAndHelp(SettingsStore store) {
        this.store = store;
    }

    @Override
    public boolean startsDark() {
        return store.current().theme() == Theme.DARK;
    }

    @Override
    public void languageChanged(Locale locale) {
        store.update(s -> s.withLanguage(locale));
    }

    @Override
    public void themeChanged(boolean dark) {
        store.update(s -> s.withTheme(dark ? Theme.DARK : Theme.LIGHT));
    }

    @Override
    public void connected(WindowControls c) {
        if (!welcomeOffered && WelcomeViewModel.showsAtStart(store.current())) {
            welcomeOffered = true;
            WelcomeDialog.show(c.owner(), new WelcomeViewModel(c.i18n(), c.server(), store), c.i18n());
        }
    }

    @Override
    public Node headerMenu(WindowControls c) {
        MenuButton menu = new MenuButton(null, new FontIcon(Material2AL.HELP_OUTLINE));
        menu.setId("helpMenu");
        menu.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        menu.setAccessibleText(c.i18n().get("settings.menu"));

        MenuItem welcome = new MenuItem(c.i18n().get("welcome.menu"), new FontIcon(Material2AL.EMOJI_PEOPLE));
        welcome.setId("menuWelcome");
        welcome.setOnAction(e -> WelcomeDialog.show(c.owner(), new WelcomeViewModel(c.i18n(), c.server(), store), c.i18n()));

        MenuItem settings = new MenuItem(c.i18n().get("settings.menu"), new FontIcon(Material2MZ.SETTINGS));
        settings.setId("menuSettings");
        settings.setOnAction(e -> SettingsDialog.create(c.owner(), new SettingsViewModel(store, c.i18n(), c.dark()), c.i18n())
                .showAndWait().flatMap(o -> o).ifPresent(outcome -> {
                    if (outcome.themeChanged()) {
                        c.switchTheme().run();
                    }
                    if (outcome.languageChanged()) {
                        c.switchLanguage().run();
                    }
                }));

        MenuItem about = new MenuItem(c.i18n().get("about.menu"), new FontIcon(Material2AL.INFO));
        about.setId("menuAbout");
        about.setOnAction(e -> AboutDialog.create(c.owner(), new AboutViewModel(c.i18n(), BuildInfo.load(), c.server(),
                LogFile.current(), () -> BundledLibraries.load().scanClassPath(), c.executor()), c.i18n()).show());

        menu.getItems().addAll(welcome, settings, about);
        return menu;
    }
}
