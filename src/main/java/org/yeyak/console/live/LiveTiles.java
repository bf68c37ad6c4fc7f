package org.yeyak.console.live;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.scene.Node;
import javafx.scene.paint.Color;

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
                .textSize(Tile.TextSize.BIGGER)
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
                .textSize(Tile.TextSize.BIGGER)
                .prefSize(PROVIDER_WIDTH * 3, height)
                .title(title)
                .graphic(content)
                .build();
        t.setId(id);
        return t;
    }
}
