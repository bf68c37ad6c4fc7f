package org.yeyak.console.assist;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.yeyak.console.ui.I18n;

/** The confirmation as a node: shown on the Done step, and laid out again on its own for the printer. */
final class ConfirmationCard extends VBox {

    ConfirmationCard(Confirmation c, I18n i18n, boolean forPrint) {
        super(10);
        getStyleClass().add(forPrint ? "confirmation-print" : "confirmation-card");
        setId(forPrint ? "confirmationPrint" : "confirmationCard");
        Label title = new Label(i18n.get("assist.confirmation.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label campaign = new Label(c.campaignName());
        campaign.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (String[] r : ConfirmationDocument.rows(c, i18n)) {
            Label k = new Label(r[0]);
            k.getStyleClass().add(Styles.TEXT_MUTED);
            Label v = new Label(r[1]);
            v.getStyleClass().add(Styles.TEXT_BOLD);
            v.setWrapText(true);
            if (row == 0) {
                v.setId("confirmationNumber");
            }
            grid.addRow(row++, k, v);
        }
        Label note = new Label(i18n.get("assist.confirmation.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_SMALL);
        getChildren().addAll(title, campaign, grid, note);
        if (forPrint) {
            // Printed outside the window's scene: bring the page's stylesheet (black on white, whatever the theme).
            getStylesheets().add(java.util.Objects.requireNonNull(
                    ConfirmationCard.class.getResource("assist.css")).toExternalForm());
            setPrefWidth(480);
        }
    }
}
