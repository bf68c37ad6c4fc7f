package org.yeyak.console.live;

import atlantafx.base.theme.Styles;
import eu.hansolo.tilesfx.Tile;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.client.live.FeedState;
import org.yeyak.client.live.LiveSnapshot;
import org.yeyak.client.live.LiveSnapshot.ProviderFigures;
import org.yeyak.console.ui.I18n;

/**
 * The live dashboard: a row of provider lights, a row of queue and booking figures, the two
 * time series, fill per province and stock per tranche; beside them the rehearsal panel and
 * the event log. A one-second timer hands what the feed brought to the tiles (on the FX
 * thread); {@link #stop()} ends it.
 */
public final class LiveView extends BorderPane {
    static final String STYLESHEET = "/org/yeyak/console/live/live.css";
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final LiveViewModel vm;
    private final RehearsalViewModel rehearsal;
    private final I18n i18n;
    private final Timeline timer;
    private final VBox dashboard = new VBox(8);
    private final GridPane providerRow = new GridPane();
    private final Map<String, ProviderTile> providers = new LinkedHashMap<>();
    private final Tile queue;
    private final Tile admission;
    private final Tile waitTile;
    private final Tile bookingRate;
    private final Tile bookings;
    private final Tile serving;
    private final RegionFillPane regions;
    private final TrancheStockPane tranches;

    public LiveView(LiveViewModel vm, RehearsalViewModel rehearsal, I18n i18n, DashboardPng png) {
        this.vm = vm;
        this.rehearsal = rehearsal;
        this.i18n = i18n;
        setId("page-live");
        getStyleClass().addAll("page", "live-page");
        getStylesheets().add(Objects.requireNonNull(LiveView.class.getResource(STYLESHEET)).toExternalForm());

        queue = LiveTiles.number("tile-queue", i18n.get("live.tile.queue"), 0, "");
        admission = LiveTiles.number("tile-admission", i18n.get("live.tile.admission"), 1, "");
        waitTile = LiveTiles.number("tile-wait", i18n.get("live.tile.wait"), 1,
                i18n.get("live.tile.wait.threshold", vm.waitThreshold().toMinutes()));
        bookingRate = LiveTiles.number("tile-bookingRate", i18n.get("live.tile.bookingRate"), 1, "");
        bookings = LiveTiles.number("tile-bookings", i18n.get("live.tile.bookings"), 0, "");
        serving = LiveTiles.number("tile-serving", i18n.get("live.tile.serving"), 0, "");
        LiveCharts charts = new LiveCharts(vm.series(), i18n);
        regions = new RegionFillPane(i18n);
        tranches = new TrancheStockPane(i18n, t -> "CATCHUP".equals(t) ? i18n.get("live.tranche.catchUp") : t);

        providerRow.setHgap(8);
        dashboard.getStyleClass().add("dashboard");
        dashboard.setId("dashboard");
        dashboard.setPadding(new Insets(8));
        dashboard.getChildren().addAll(
                providerRow,
                row(LiveTiles.NUMBER_HEIGHT, List.of(queue, admission, waitTile, bookingRate, bookings, serving), 1, 1, 1, 1, 1, 1),
                row(LiveTiles.CHART_HEIGHT, List.of(
                        LiveTiles.custom("tile-queueChart", i18n.get("live.tile.queueChart"), charts.queueChart(), LiveTiles.CHART_HEIGHT),
                        LiveTiles.custom("tile-throughputChart", i18n.get("live.tile.throughputChart"), charts.throughputChart(), LiveTiles.CHART_HEIGHT)),
                        1, 1),
                row(LiveTiles.LOWER_HEIGHT, List.of(
                        LiveTiles.custom("tile-regions", i18n.get("live.tile.regions"), regions, LiveTiles.LOWER_HEIGHT),
                        LiveTiles.custom("tile-tranches", i18n.get("live.tile.tranches"), tranches, LiveTiles.LOWER_HEIGHT)),
                        2, 1));
        ScrollPane scroll = new ScrollPane(dashboard);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setTop(header(png));
        setRight(side());

        vm.snapshotProperty().addListener((o, was, now) -> show(now));
        timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** A row of tiles with relative widths. */
    private static GridPane row(double height, List<? extends Region> tiles, int... weights) {
        GridPane g = new GridPane();
        g.setHgap(8);
        int total = java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < tiles.size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 * weights[i] / total);
            g.getColumnConstraints().add(c);
            Region t = tiles.get(i);
            t.setMinSize(0, height);
            t.setPrefHeight(height);
            t.setMaxSize(Double.MAX_VALUE, height);
            g.add(t, i, 0);
        }
        return g;
    }

    private Node header(DashboardPng png) {
        Label title = new Label(i18n.get("page.live"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label feed = new Label();
        feed.setId("feedState");
        feed.getStyleClass().add("feed-badge");
        feed.textProperty().bind(vm.feedTextProperty());
        feed.graphicProperty().bind(vm.feedStateProperty().map(s -> new FontIcon(
                s == FeedState.STREAMING ? Material2MZ.RSS_FEED : s == FeedState.OFFLINE ? Material2AL.CLOUD_OFF : Material2MZ.REFRESH)));
        vm.feedStateProperty().subscribe(s -> {
            feed.getStyleClass().removeIf(c -> c.startsWith("feed-") && !c.equals("feed-badge"));
            feed.getStyleClass().add("feed-" + s.name().toLowerCase(java.util.Locale.ROOT));
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button pngButton = new Button(i18n.get("live.export.png"), new FontIcon(Material2AL.IMAGE));
        pngButton.setId("exportPng");
        pngButton.setOnAction(e -> png.export(dashboard));
        Button csvButton = new Button(i18n.get("live.export.csv"), new FontIcon(Material2MZ.SAVE_ALT));
        csvButton.setId("exportCsv");
        csvButton.setOnAction(e -> vm.exportCsv());
        HBox bar = new HBox(12, title, feed, spacer, pngButton, csvButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private Node side() {
        ListView<LiveEvent> log = new ListView<>(vm.events());
        log.setId("eventLog");
        log.getStyleClass().addAll(Styles.DENSE, "event-log");
        log.setPlaceholder(new Label(i18n.get("live.events.none")));
        log.setCellFactory(list -> new ListCell<>() {
            private final Label line = new Label();

            {
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                // The cell's own width (the list's less its scroll bar), less the cell's padding: the
                // width the line will have, so its height is measured for the lines it will wrap to.
                line.prefWidthProperty().bind(widthProperty().subtract(20));
                line.maxWidthProperty().bind(widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(LiveEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                line.setText(HMS.format(e.at()) + "  " + e.text());
                // Every line has a dot (clear when there is no colour), so the texts align.
                line.setGraphic(new javafx.scene.shape.Circle(5, e.light() == null
                        ? javafx.scene.paint.Color.TRANSPARENT : TrafficLight.colorOf(e.light())));
                setGraphic(line);
            }
        });
        TitledPane events = new TitledPane(i18n.get("live.events.title"), log);
        events.setCollapsible(false);
        events.setMaxHeight(Double.MAX_VALUE);
        VBox side = new VBox(8);
        side.getStyleClass().add("live-side");
        if (rehearsal != null) {
            side.getChildren().add(new RehearsalPanel(rehearsal, i18n));
        }
        side.getChildren().add(events);
        VBox.setVgrow(events, Priority.ALWAYS);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 8));
        return side;
    }

    private void tick() {
        vm.tick();
        if (rehearsal != null) {
            rehearsal.tick();
        }
    }

    /** Starts the feed and the one-second timer (the page is shown). */
    public void start() {
        vm.start();
        timer.play();
    }

    /** Stops the timer and the feed (the page is left). */
    public void stop() {
        timer.stop();
        vm.stop();
    }

    private void show(LiveSnapshot s) {
        if (s == null) {
            return;
        }
        showProviders(s.providers());
        queue.setValue(s.queue().length());
        admission.setValue(s.queue().admissionRatePerSecond());
        double waitMinutes = s.queue().estimatedMaxWaitSeconds() / 60.0;
        waitTile.setValue(waitMinutes);
        waitTile.setValueColor(vm.waitAlarm() ? LiveTiles.ALERT : LiveTiles.CALM);
        bookingRate.setValue(s.bookings().perSecond());
        bookings.setValue(s.bookings().total());
        serving.setValue(s.queue().servingPosition());
        serving.setText(i18n.get("live.tile.serving.issued", s.queue().lastIssued()));
        regions.update(s.regions());
        tranches.update(s.tranches());
    }

    private void showProviders(List<ProviderFigures> figures) {
        List<String> ids = figures.stream().map(ProviderFigures::id).toList();
        if (!ids.equals(new ArrayList<>(providers.keySet()))) {
            providers.clear();
            providerRow.getChildren().clear();
            providerRow.getColumnConstraints().clear();
            for (int i = 0; i < figures.size(); i++) {
                ProviderTile t = new ProviderTile(figures.get(i), i18n,
                        vm.canSwitchProviders() ? vm::setProviderEnabled : null);
                providers.put(t.id(), t);
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(100.0 / figures.size());
                providerRow.getColumnConstraints().add(c);
                Tile tile = t.tile();
                tile.setMinSize(0, LiveTiles.PROVIDER_HEIGHT);
                tile.setMaxSize(Double.MAX_VALUE, LiveTiles.PROVIDER_HEIGHT);
                providerRow.add(tile, i, 0);
            }
        }
        for (ProviderFigures p : figures) {
            providers.get(p.id()).update(p);
        }
    }

    LiveViewModel viewModel() {
        return vm;
    }
}
