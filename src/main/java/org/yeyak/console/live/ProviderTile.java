package org.yeyak.console.live;

import atlantafx.base.theme.Styles;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.yeyak.client.live.LiveSnapshot.ProviderFigures;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.Light;

/**
 * One identity provider on the dashboard: its traffic light with the colour's name, calls in
 * flight and the 95th-percentile answer time; for officials, a button that turns it off or on.
 */
final class ProviderTile {
    /** What the tile's button asks for. */
    @FunctionalInterface
    interface SwitchAction {
        void request(String id, String name, boolean enable);
    }

    private final String id;
    private final I18n i18n;
    private final Tile tile;
    private final TrafficLight light = new TrafficLight(9);
    private final Label state = new Label();
    private final Label inFlight = new Label();
    private final Label p95 = new Label();
    private final Button toggle;
    private ProviderFigures shown;

    ProviderTile(ProviderFigures first, I18n i18n, SwitchAction action) {
        this.id = first.id();
        this.i18n = i18n;
        light.setId("light-" + id);
        state.getStyleClass().add("provider-state");
        state.setId("state-" + id);
        inFlight.getStyleClass().add("provider-figure");
        inFlight.setId("inFlight-" + id);
        p95.getStyleClass().add("provider-figure");
        p95.setId("p95-" + id);
        VBox figures = new VBox(2, state, inFlight, p95);
        if (action != null) {
            toggle = new Button();
            toggle.setId("switch-" + id);
            toggle.getStyleClass().addAll(Styles.SMALL, "provider-switch");
            toggle.setOnAction(e -> action.request(id, shown.name(), !shown.enabled()));
            figures.getChildren().add(toggle);
        } else {
            toggle = null;
        }
        HBox body = new HBox(12, light, figures);
        body.setAlignment(Pos.CENTER_LEFT);
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .textSize(Tile.TextSize.BIGGER)
                .customFontEnabled(true)
                .customFont(LiveTiles.FONT)
                .prefSize(LiveTiles.PROVIDER_WIDTH, LiveTiles.PROVIDER_HEIGHT)
                .title(first.name())
                .graphic(body)
                .textVisible(true)
                .build();
        tile.setId("provider-" + id);
        tile.getStyleClass().add("provider-tile");
        update(first);
    }

    void update(ProviderFigures p) {
        shown = p;
        tile.setTitle(p.name());
        light.setLight(p.light());
        state.setText(i18n.get("live.light." + p.light().name()));
        state.setTextFill(TrafficLight.colorOf(p.light()));
        inFlight.setText(i18n.get("live.provider.inFlight", p.inFlight()));
        p95.setText(p.p95LatencyMs() < 1000 ? i18n.get("live.provider.p95", p.p95LatencyMs())
                : i18n.get("live.provider.p95.seconds", LiveFormat.oneDecimal(i18n, p.p95LatencyMs() / 1000.0)));
        tile.setText(p.enabled() ? i18n.get("live.provider.throughput",
                        LiveFormat.oneDecimal(i18n, p.throughputPerSecond()), LiveFormat.oneDecimal(i18n, p.errorRate() * 100))
                : i18n.get("live.provider.disabled"));
        if (toggle != null) {
            toggle.setText(i18n.get(p.enabled() ? "live.switch.off" : "live.switch.on"));
        }
        tile.setBorderColor(p.light() == Light.RED ? TrafficLight.RED : javafx.scene.paint.Color.TRANSPARENT);
    }

    String id() {
        return id;
    }

    Tile tile() {
        return tile;
    }

    TrafficLight light() {
        return light;
    }
}
