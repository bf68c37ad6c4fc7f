package org.yeyak.console.campaigns;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.DigitSchedule;

/**
 * Expected people per booking day (bars) beside the doses the clinics can give for that day's
 * tranche: the peak shows before it happens.
 */
final class DemandChart extends VBox {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("M/d");

    /** {@code capacity}: doses the server's clinics can give per booking day, empty when unknown. */
    DemandChart(I18n i18n, DemandEstimate.Demand demand, DigitSchedule digits, Map<LocalDate, Long> capacity) {
        super(8);
        setId("demandChart");
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(i18n.get("campaigns.demand.axis"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setLegendVisible(true);
        XYChart.Series<String, Number> people = new XYChart.Series<>();
        people.setName(i18n.get("campaigns.demand.expected"));
        XYChart.Series<String, Number> doses = new XYChart.Series<>();
        doses.setName(i18n.get("campaigns.demand.capacity"));
        LocalDate peakDay = null;
        for (Map.Entry<LocalDate, Long> e : demand.perDay().entrySet()) {
            String label = DAY.format(e.getKey()) + " (" + digitsOf(digits, e.getKey()) + ")";
            people.getData().add(new XYChart.Data<>(label, e.getValue()));
            doses.getData().add(new XYChart.Data<>(label, capacity.getOrDefault(e.getKey(), 0L)));
            if (peakDay == null || e.getValue() > demand.perDay().get(peakDay)) {
                peakDay = e.getKey();
            }
        }
        chart.getData().add(people);
        if (!capacity.isEmpty()) {
            chart.getData().add(doses);
        }
        Label summary = new Label(peakDay == null ? "" : i18n.get("campaigns.demand.summary",
                n.format(demand.total()), n.format(demand.peak()), i18n.shortDay().format(peakDay)));
        summary.setId("demandSummary");
        summary.setWrapText(true);
        getChildren().addAll(summary, chart);
        long over = demand.perDay().entrySet().stream()
                .filter(e -> capacity.containsKey(e.getKey()) && e.getValue() > capacity.get(e.getKey())).count();
        if (over > 0) {
            Label peak = new Label(i18n.get("campaigns.demand.over", over));
            peak.setId("demandOverCapacity");
            peak.getStyleClass().add(Styles.WARNING);
            peak.setWrapText(true);
            getChildren().add(peak);
        }
        if (capacity.isEmpty()) {
            Label none = new Label(i18n.get("campaigns.demand.noCapacity"));
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            none.setWrapText(true);
            getChildren().add(none);
        }
        if (demand.unscheduled() > 0) {
            Label gap = new Label(i18n.get("campaigns.demand.unscheduled", n.format(demand.unscheduled())));
            gap.setId("demandUnscheduled");
            gap.getStyleClass().add(Styles.DANGER);
            gap.setWrapText(true);
            getChildren().add(gap);
        }
        Label note = new Label(i18n.get("campaigns.demand.note"));
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        getChildren().add(note);
    }

    private static String digitsOf(DigitSchedule digits, LocalDate day) {
        List<String> ds = digits.allDates().entrySet().stream()
                .filter(e -> e.getValue().contains(day)).map(e -> String.valueOf(e.getKey())).toList();
        return String.join(",", ds);
    }
}
