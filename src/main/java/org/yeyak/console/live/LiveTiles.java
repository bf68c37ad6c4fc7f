package org.yeyak.console.live;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.skins.BarChartItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.yeyak.client.live.LiveSnapshot.TrancheStock;

/**
 * The dashboard's tiles, built in one place so sizes and colours agree (TilesFX demo
 * style). Tiles are sized by the grid they sit in; these are their preferred sizes.
 */
final class LiveTiles {
    static final double PROVIDER_WIDTH = 170;
    static final double PROVIDER_HEIGHT = 150;
    static final double NUMBER_HEIGHT = 120;
    static final double CHART_HEIGHT = 230;
    static final double LOWER_HEIGHT = 330;
    static final Color ALERT = TrafficLight.RED;
    static final Color CALM = Tile.FOREGROUND;

    private LiveTiles() {
    }

    /** A big number with its unit, e.g. the queue length. */
    static Tile number(String id, String title, String unit, int decimals, String description) {
        Tile t = TileBuilder.create()
                .skinType(Tile.SkinType.NUMBER)
                .prefSize(PROVIDER_WIDTH, NUMBER_HEIGHT)
                .title(title)
                .unit(unit)
                .decimals(decimals)
                .description(description)
                .animated(false)
                .textVisible(true)
                .build();
        t.setId(id);
        return t;
    }

    /** A tile around a node of ours (chart, region grid). */
    static Tile custom(String id, String title, Node content, double height) {
        Tile t = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(PROVIDER_WIDTH * 3, height)
                .title(title)
                .graphic(content)
                .build();
        t.setId(id);
        return t;
    }

    /** Stock left per tranche as horizontal bars, in the campaign's tranche order. */
    static Tile tranches(String id, String title, String unit) {
        Tile t = TileBuilder.create()
                .skinType(Tile.SkinType.BAR_CHART)
                .prefSize(PROVIDER_WIDTH * 2, LOWER_HEIGHT)
                .title(title)
                .unit(unit)
                .decimals(0)
                .animated(false)
                .build();
        t.setId(id);
        return t;
    }

    /** Updates the tranche bars in place: new tranches get a bar, values and maximum follow. */
    static void updateTranches(Tile tile, Map<String, BarChartItem> bars, List<TrancheStock> tranches,
                               java.util.function.Function<String, String> label) {
        Map<String, TrancheStock> byName = new LinkedHashMap<>();
        tranches.forEach(s -> byName.put(s.tranche(), s));
        if (!bars.keySet().equals(byName.keySet())) {
            bars.clear();
            byName.forEach((name, s) -> bars.put(name, new BarChartItem(label.apply(name), s.left(), Tile.BLUE)));
            tile.setBarChartItems(List.copyOf(bars.values()));
        }
        double max = tranches.stream().mapToLong(TrancheStock::allocated).max().orElse(1);
        tile.setMaxValue(Math.max(1, max));
        byName.forEach((name, s) -> {
            BarChartItem bar = bars.get(name);
            bar.setMaxValue(Math.max(1, max));
            bar.setValue(s.left());
            bar.setBarColor(s.left() == 0 ? Tile.GRAY : s.left() < s.allocated() * 0.1 ? Tile.ORANGE : Tile.BLUE);
        });
    }
}
