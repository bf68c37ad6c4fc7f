package org.yeyak.console.settings;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.scene.control.ListView;
import org.yeyak.console.ui.I18n;

/** The settings form, built in code from its {@link SettingsViewModel}. */
public final class SettingsView extends VBox {
    public SettingsView(SettingsViewModel vm, I18n i18n) {
        super(12);
        setId("settingsView");
        setPadding(new Insets(8, 16, 0, 16));
        setPrefWidth(520);

        Label serverHeading = new Label(i18n.get("settings.server"));
        serverHeading.getStyleClass().add(Styles.TITLE_4);
        ToggleGroup group = new ToggleGroup();
        RadioButton embedded = new RadioButton(i18n.get("settings.server.embedded"));
        embedded.setId("settingsEmbedded");
        embedded.setToggleGroup(group);
        RadioButton remote = new RadioButton(i18n.get("settings.server.remote"));
        remote.setId("settingsRemote");
        remote.setToggleGroup(group);
        (vm.embeddedProperty().get() ? embedded : remote).setSelected(true);
        embedded.selectedProperty().addListener((o, was, is) -> vm.embeddedProperty().set(is));
        TextField url = new TextField();
        url.setId("settingsServerUrl");
        url.setPromptText("https://yeyak.example.org");
        url.textProperty().bindBidirectional(vm.serverUrlProperty());
        url.disableProperty().bind(vm.embeddedProperty());
        Label urlProblem = new Label(vm.urlProblem());
        urlProblem.setId("settingsUrlProblem");
        urlProblem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        urlProblem.visibleProperty().bind(vm.invalidProperty());
        urlProblem.managedProperty().bind(urlProblem.visibleProperty());
        Label restart = new Label(i18n.get("settings.server.restart"));
        restart.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        restart.setWrapText(true);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settingsLanguage");
        language.getItems().addAll(I18n.SUPPORTED);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        named(language, vm::languageName);
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settingsTheme");
        theme.getItems().addAll(Theme.values());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        named(theme, vm::themeName);
        GridPane looks = new GridPane();
        looks.setHgap(12);
        looks.setVgap(8);
        looks.addRow(0, new Label(i18n.get("settings.language")), language);
        looks.addRow(1, new Label(i18n.get("settings.theme")), theme);

        Label file = new Label(vm.fileText());
        file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        file.setWrapText(true);

        getChildren().addAll(serverHeading, embedded, remote, url, urlProblem, restart, looks, file);
    }

    private static <T> void named(ComboBox<T> box, java.util.function.Function<T, String> name) {
        Callback<ListView<T>, ListCell<T>> cells = v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }
}
