package org.yeyak.console.live;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.yeyak.client.live.LiveSnapshot.TrancheStock;
import org.yeyak.console.ui.I18n;

/**
 * Stock left per tranche (one per booking day, then catch-up): a bar of what is left of what
 * was allocated, and the doses left. A server that does not publish tranches gets a line
 * saying so instead of empty bars.
 */
final class TrancheStockPane extends StackPane {
    private final I18n i18n;
    private final Function<String, String> label;
    private final GridPane grid = new GridPane();
    private final Label none;
    private List<String> order = List.of();

    TrancheStockPane(I18n i18n, Function<String, String> label) {
        this.i18n = i18n;
        this.label = label;
        getStyleClass().add("tranche-stock");
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(70);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(30);
        ColumnConstraints left = new ColumnConstraints();
        left.setHalignment(HPos.RIGHT);
        left.setMinWidth(60);
        grid.getColumnConstraints().addAll(name, bar, left);
        none = new Label(i18n.get("live.tranches.none"));
        none.setId("tranchesNone");
        none.setWrapText(true);
        none.getStyleClass().add("tile-note");
        getChildren().addAll(grid, none);
    }

    void update(List<TrancheStock> tranches) {
        none.setVisible(tranches.isEmpty());
        List<String> names = tranches.stream().map(TrancheStock::tranche).toList();
        if (!names.equals(order)) {
            grid.getChildren().clear();
            for (int i = 0; i < tranches.size(); i++) {
                String t = tranches.get(i).tranche();
                Label n = new Label(label.apply(t));
                n.getStyleClass().add("region-name");
                ProgressBar b = new ProgressBar(0);
                b.setMaxWidth(Double.MAX_VALUE);
                b.getStyleClass().add("region-bar");
                b.setId("tranche-" + t);
                Label v = new Label();
                v.getStyleClass().add("region-percent");
                grid.addRow(i, n, b, v);
            }
            order = names;
        }
        for (int i = 0; i < tranches.size(); i++) {
            TrancheStock s = tranches.get(i);
            ProgressBar b = (ProgressBar) grid.getChildren().get(i * 3 + 1);
            Label v = (Label) grid.getChildren().get(i * 3 + 2);
            b.setProgress(s.allocated() <= 0 ? 0 : Math.min(1, (double) s.left() / s.allocated()));
            b.pseudoClassStateChanged(LOW, s.allocated() > 0 && s.left() < s.allocated() * 0.1);
            v.setText(String.format(i18n.locale(), "%,d", s.left()));
        }
    }

    private static final javafx.css.PseudoClass LOW = javafx.css.PseudoClass.getPseudoClass("full");
}
