package org.yeyak.console.live;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.yeyak.console.ui.I18n;

/**
 * The two time-series charts (queue length; bookings and admissions per second), fed from
 * {@link LiveSeries} by its list changes: one point added and one dropped per second, never
 * the whole series redrawn from scratch. The time axis is the console's clock (the demo
 * clock may jump when a rehearsal moves it).
 */
final class LiveCharts {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final LineChart<Number, Number> queue;
    private final LineChart<Number, Number> throughput;
    private final NumberAxis queueTime = timeAxis();
    private final NumberAxis flowTime = timeAxis();
    private final XYChart.Series<Number, Number> queueLength = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bookings = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> admissions = new XYChart.Series<>();
    private final LiveSeries series;

    LiveCharts(LiveSeries series, I18n i18n) {
        this.series = series;
        queueLength.setName(i18n.get("live.chart.queueLength"));
        bookings.setName(i18n.get("live.chart.bookings"));
        admissions.setName(i18n.get("live.chart.admissions"));
        queue = chart(queueTime, queueLength);
        queue.setId("chart-queue");
        queue.setLegendVisible(false);
        throughput = chart(flowTime, bookings, admissions);
        throughput.setId("chart-throughput");
        for (LiveSeries.Point p : series.points()) {
            append(p);
        }
        series.points().addListener(this::changed);
        rescale();
    }

    @SafeVarargs
    private static LineChart<Number, Number> chart(NumberAxis x, XYChart.Series<Number, Number>... lines) {
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setAnimated(false);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.getStyleClass().add("live-chart");
        c.getData().addAll(lines);
        return c;
    }

    private static NumberAxis timeAxis() {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setAnimated(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return HMS.format(Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000)));
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        return x;
    }

    private void changed(ListChangeListener.Change<? extends LiveSeries.Point> c) {
        while (c.next()) {
            if (c.wasRemoved()) {
                int n = c.getRemovedSize();
                for (XYChart.Series<Number, Number> s : List.of(queueLength, bookings, admissions)) {
                    s.getData().remove(c.getFrom(), Math.min(s.getData().size(), c.getFrom() + n));
                }
            }
            if (c.wasAdded()) {
                c.getAddedSubList().forEach(this::append);
            }
        }
        rescale();
    }

    private void append(LiveSeries.Point p) {
        double x = p.receivedAt().toEpochMilli() / 1000.0;
        add(queueLength, x, p, LiveSeries.Point::queueLength);
        add(bookings, x, p, LiveSeries.Point::bookingsPerSecond);
        add(admissions, x, p, LiveSeries.Point::admissionsPerSecond);
    }

    private static void add(XYChart.Series<Number, Number> s, double x, LiveSeries.Point p,
                            ToDoubleFunction<LiveSeries.Point> value) {
        s.getData().add(new XYChart.Data<>(x, value.applyAsDouble(p)));
    }

    /** The time axis spans the series' capacity, ending at the newest point. */
    private void rescale() {
        List<LiveSeries.Point> pts = series.points();
        double end = pts.isEmpty() ? System.currentTimeMillis() / 1000.0
                : pts.getLast().receivedAt().toEpochMilli() / 1000.0;
        double start = end - series.capacity();
        double tick = Math.max(30, Math.round(series.capacity() / 5.0 / 30) * 30);
        for (NumberAxis x : List.of(queueTime, flowTime)) {
            x.setLowerBound(start);
            x.setUpperBound(end);
            x.setTickUnit(tick);
        }
    }

    LineChart<Number, Number> queueChart() {
        return queue;
    }

    LineChart<Number, Number> throughputChart() {
        return throughput;
    }
}
