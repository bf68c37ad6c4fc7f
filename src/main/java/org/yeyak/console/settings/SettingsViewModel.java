package org.yeyak.console.settings;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yeyak.console.ui.I18n;

/**
 * The settings form: which server to start with (the embedded demo server or a URL),
 * language and theme. Language and theme apply at once; a different server applies at
 * the next start (the running session belongs to the server it signed in to).
 */
public final class SettingsViewModel {
    /** What saving changed, for the window to act on. */
    public record Outcome(boolean languageChanged, boolean themeChanged, boolean serverChanged) {
    }

    private final SettingsStore store;
    private final I18n i18n;
    private final Locale currentLanguage;
    private final Theme currentTheme;
    private final BooleanProperty embedded = new SimpleBooleanProperty();
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final BooleanBinding invalid;

    public SettingsViewModel(SettingsStore store, I18n i18n, boolean dark) {
        this.store = store;
        this.i18n = i18n;
        this.currentLanguage = i18n.locale();
        this.currentTheme = dark ? Theme.DARK : Theme.LIGHT;
        ConsoleSettings s = store.current();
        embedded.set(s.serverUrl().isEmpty());
        serverUrl.set(s.serverUrl().orElse(""));
        language.set(currentLanguage);
        theme.set(currentTheme);
        invalid = Bindings.createBooleanBinding(
                () -> !embedded.get() && !ConsoleSettings.validServerUrl(serverUrl.get()), embedded, serverUrl);
    }

    public BooleanProperty embeddedProperty() {
        return embedded;
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** True while the form cannot be saved (a server URL that is not http(s)://host...). */
    public BooleanBinding invalidProperty() {
        return invalid;
    }

    public String urlProblem() {
        return i18n.get("settings.server.invalid");
    }

    public String languageName(Locale l) {
        return i18n.get("settings.language." + l.getLanguage());
    }

    public String themeName(Theme t) {
        return i18n.get("settings.theme." + t.name().toLowerCase(Locale.ROOT));
    }

    public String fileText() {
        return i18n.get("settings.file", store.file());
    }

    /** Saves (in the background) and tells what changed; nothing when the form is invalid. */
    public Optional<Outcome> save() {
        if (invalid.get()) {
            return Optional.empty();
        }
        Optional<String> server = embedded.get() ? Optional.empty() : Optional.of(serverUrl.get().strip());
        boolean serverChanged = !server.equals(store.current().serverUrl());
        Locale lang = language.get();
        Theme th = theme.get();
        store.update(s -> s.withServerUrl(server).withLanguage(lang).withTheme(th));
        return Optional.of(new Outcome(!lang.equals(currentLanguage), th != currentTheme, serverChanged));
    }
}
