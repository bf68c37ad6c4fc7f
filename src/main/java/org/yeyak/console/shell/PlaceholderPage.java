package org.yeyak.console.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.yeyak.console.ui.I18n;

/** A page that belongs to a later release (assisted booking, live figures). */
public final class PlaceholderPage implements Page {
    private final VBox root;

    public PlaceholderPage(PageKind kind, I18n i18n) {
        FontIcon icon = new FontIcon(Material2AL.CONSTRUCTION);
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(i18n.get("page." + kind.id()));
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(i18n.get("page.placeholder"));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(12, icon, title, text);
        root.setAlignment(Pos.CENTER);
        root.setId("page-" + kind.id());
    }

    @Override
    public Node view() {
        return root;
    }
}
