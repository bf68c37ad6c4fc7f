package org.yeyak.console.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bar at the top of every screen: product name, embedded-server marker, language and theme switches. */
public final class HeaderBar extends HBox {
    private final HBox trailing = new HBox(8);

    public HeaderBar(I18n i18n, boolean embedded, boolean dark, Runnable switchLanguage, Runnable switchTheme) {
        super(12);
        getStyleClass().add("header-bar");
        setAlignment(Pos.CENTER_LEFT);

        FontIcon logo = new FontIcon(Material2AL.EVENT_AVAILABLE);
        logo.getStyleClass().add("brand-icon");
        Label brand = new Label(i18n.get("app.name"), logo);
        brand.getStyleClass().addAll(Styles.TITLE_4, "brand");
        getChildren().add(brand);
        if (embedded) {
            Label marker = new Label(i18n.get("server.embedded"), new FontIcon(Material2AL.DNS));
            marker.setId("embeddedMarker");
            marker.getStyleClass().add("embedded-marker");
            marker.setTooltip(new Tooltip(i18n.get("server.embedded.tooltip")));
            getChildren().add(marker);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        trailing.setAlignment(Pos.CENTER_RIGHT);

        Button language = new Button(i18n.get("header.otherLanguage"), new FontIcon(Material2MZ.TRANSLATE));
        language.setId("switchLanguage");
        language.getStyleClass().add(Styles.FLAT);
        language.setOnAction(e -> switchLanguage.run());

        Button theme = new Button(null, new FontIcon(dark ? Material2MZ.WB_SUNNY : Material2MZ.NIGHTS_STAY));
        theme.setId("switchTheme");
        theme.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        theme.setTooltip(new Tooltip(i18n.get(dark ? "header.theme.light" : "header.theme.dark")));
        theme.setOnAction(e -> switchTheme.run());

        getChildren().addAll(spacer, trailing, language, theme);
    }

    /** Nodes shown before the language and theme switches (the signed-in user, sign-out). */
    public void addTrailing(Node... nodes) {
        trailing.getChildren().addAll(nodes);
    }
}
