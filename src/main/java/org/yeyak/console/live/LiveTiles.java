package org.yeyak.console.live;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
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
    /**
     * The font family for tile texts: TilesFX's Lato has no Hangul, so a family that has it
     * (Noto Sans CJK, installed with the console's Korean fonts), else the system font.
     */
    static final javafx.scene.text.Font FONT = tileFont();

    private LiveTiles() {
    }

    private static javafx.scene.text.Font tileFont() {
        List<String> families = javafx.scene.text.Font.getFamilies();
        for (String f : List.of("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo")) {
            if (families.contains(f)) {
                return javafx.scene.text.Font.font(f, 12);
            }
        }
        return javafx.scene.text.Font.getDefault();
    }

    /**
     * A big number, e.g. the queue length. The unit is part of the title and the line under
     * the number is the tile's text: TilesFX draws units and descriptions in Lato, which has
     * no Hangul.
     */
    static Tile number(String id, String title, int decimals, String text) {
        Tile t = TileBuilder.create()
                .skinType(Tile.SkinType.NUMBER)
                .textSize(Tile.TextSize.BIGGER)
                .customFontEnabled(true)
                .customFont(LiveTiles.FONT)
                .prefSize(PROVIDER_WIDTH, NUMBER_HEIGHT)
                .title(title)
                .decimals(decimals)
                .text(text)
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
                .customFontEnabled(true)
                .customFont(LiveTiles.FONT)
                .prefSize(PROVIDER_WIDTH * 3, height)
                .title(title)
                .graphic(content)
                .build();
        t.setId(id);
        return t;
    }
}
