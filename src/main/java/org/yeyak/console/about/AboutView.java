package org.yeyak.console.about;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.yeyak.console.ui.I18n;

/** The About dialog's content, built in code from its {@link AboutViewModel}. */
public final class AboutView extends VBox {
    public AboutView(AboutViewModel vm, I18n i18n) {
        super(14);
        setId("aboutView");
        setPadding(new Insets(8, 16, 0, 16));
        setPrefWidth(780);

        Label name = new Label(i18n.get("app.name"));
        name.getStyleClass().add(Styles.TITLE_2);
        Label version = new Label(vm.versionText());
        version.setId("aboutVersion");
        Label runtime = new Label(vm.runtimeText());
        runtime.getStyleClass().add(Styles.TEXT_MUTED);
        HBox heading = new HBox(16, AppIcons.view(64), new VBox(4, name, version, runtime));
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(8);
        Label serverStatus = new Label();
        serverStatus.setId("aboutServerStatus");
        serverStatus.textProperty().bind(vm.serverStatusProperty());
        serverStatus.setWrapText(true);
        serverStatus.setPrefWidth(600);
        serverStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.addRow(0, key(i18n.get("about.server")), new VBox(2, new Label(vm.serverUrl()), serverStatus));

        Label log = new Label(vm.logText());
        log.setId("aboutLogPath");
        log.setWrapText(true);
        log.setMaxWidth(560);
        Button copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("aboutCopyLogPath");
        copy.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        copy.setTooltip(new Tooltip(i18n.get("about.log.copy")));
        copy.setDisable(vm.logFile().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.logText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox logRow = new HBox(6, log, copy);
        logRow.setAlignment(Pos.CENTER_LEFT);
        facts.addRow(1, key(i18n.get("about.log")), logRow);

        Label librariesHeading = new Label(i18n.get("about.libraries"));
        librariesHeading.getStyleClass().add(Styles.TITLE_4);
        TableView<Library> table = new TableView<>(vm.libraries());
        table.setId("aboutLibraries");
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setPlaceholder(new Label(i18n.get("about.libraries.loading")));
        TableColumn<Library, String> libName = new TableColumn<>(i18n.get("about.libraries.name"));
        libName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        libName.setPrefWidth(220);
        TableColumn<Library, String> libVersion = new TableColumn<>(i18n.get("about.libraries.version"));
        libVersion.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().version()));
        libVersion.setPrefWidth(90);
        TableColumn<Library, String> libLicence = new TableColumn<>(i18n.get("about.libraries.licence"));
        libLicence.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.licenceText(c.getValue())));
        libLicence.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.getColumns().addAll(java.util.List.of(libName, libVersion, libLicence));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label notice = new Label(i18n.get("about.libraries.notice"));
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        notice.setWrapText(true);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        getChildren().addAll(heading, facts, librariesHeading, table, notice);
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setMinWidth(110);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }
}
