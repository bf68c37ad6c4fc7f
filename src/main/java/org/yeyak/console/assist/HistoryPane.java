package org.yeyak.console.assist;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yeyak.console.ui.I18n;

/** Today's history of this staff member, newest first, with the day's counts. */
final class HistoryPane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    HistoryPane(SessionHistory history, I18n i18n) {
        super(8);
        getStyleClass().add("assist-history");
        Label title = new Label(i18n.get("assist.history.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label counts = new Label();
        counts.setId("historyCounts");
        counts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        counts.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("assist.history.counts",
                history.count("BOOKED"), history.count("MOVED"), history.count("CANCELLED")), history.entries()));

        ListView<HistoryEntry> list = new ListView<>(history.entries());
        list.setId("assistHistory");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(i18n.get("assist.history.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("history-refused");
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label head = new Label(TIME.format(e.at()) + "  " + i18n.get("assist.history." + e.action())
                        + "  " + e.maskedName() + "  " + e.maskedResidentId());
                head.getStyleClass().add(Styles.TEXT_BOLD);
                Label detail = new Label(e.detail());
                detail.setWrapText(true);
                detail.getStyleClass().add(Styles.TEXT_SMALL);
                detail.setPrefWidth(250);
                detail.setMinHeight(USE_PREF_SIZE);
                Label number = new Label(e.bookingNumber() == null ? "" : e.bookingNumber());
                number.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                number.setVisible(e.bookingNumber() != null);
                number.setManaged(e.bookingNumber() != null);
                if ("REFUSED".equals(e.action())) {
                    getStyleClass().add("history-refused");
                }
                setText(null);
                setGraphic(new VBox(2, head, detail, number));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, counts, list);
    }
}
