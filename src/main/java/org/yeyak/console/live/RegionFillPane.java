package org.yeyak.console.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.yeyak.client.live.LiveSnapshot.RegionFill;
import org.yeyak.console.ui.I18n;

/**
 * Fill per province (booked ÷ stock) as a bar each, in two columns of the server's order
 * (the 17 시도 by code). Names come from the console's language when it knows the code.
 */
final class RegionFillPane extends GridPane {
    private final I18n i18n;
    private final Map<String, Row> rows = new HashMap<>();
    private List<String> order = List.of();

    private record Row(Label name, ProgressBar bar, Label percent) {
    }

    RegionFillPane(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("region-fill");
        setHgap(8);
        setVgap(5);
        for (int half = 0; half < 2; half++) {
            ColumnConstraints name = new ColumnConstraints();
            name.setMinWidth(60);
            ColumnConstraints bar = new ColumnConstraints();
            bar.setHgrow(Priority.ALWAYS);
            bar.setMinWidth(40);
            ColumnConstraints pct = new ColumnConstraints();
            pct.setHalignment(HPos.RIGHT);
            pct.setMinWidth(44);
            getColumnConstraints().addAll(name, bar, pct);
        }
    }

    void update(List<RegionFill> regions) {
        List<String> codes = regions.stream().map(RegionFill::code).toList();
        if (!codes.equals(order)) {
            rebuild(regions);
        }
        for (RegionFill r : regions) {
            Row row = rows.get(r.code());
            double fill = Math.max(0, Math.min(1, r.fill()));
            row.bar().setProgress(fill);
            row.percent().setText(String.format(i18n.locale(), "%.1f%%", fill * 100));
            row.bar().pseudoClassStateChanged(FULL, fill >= 0.95);
        }
    }

    private static final javafx.css.PseudoClass FULL = javafx.css.PseudoClass.getPseudoClass("full");

    private void rebuild(List<RegionFill> regions) {
        getChildren().clear();
        rows.clear();
        int perColumn = (regions.size() + 1) / 2;
        for (int i = 0; i < regions.size(); i++) {
            RegionFill r = regions.get(i);
            String key = "live.region." + r.code();
            Label name = new Label(i18n.has(key) ? i18n.get(key) : r.name());
            name.getStyleClass().add("region-name");
            ProgressBar bar = new ProgressBar(0);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("region-bar");
            bar.setId("region-" + r.code());
            Label pct = new Label();
            pct.getStyleClass().add("region-percent");
            int col = i < perColumn ? 0 : 3;
            int row = i < perColumn ? i : i - perColumn;
            add(name, col, row);
            add(bar, col + 1, row);
            add(pct, col + 2, row);
            rows.put(r.code(), new Row(name, bar, pct));
        }
        order = regions.stream().map(RegionFill::code).toList();
    }
}
