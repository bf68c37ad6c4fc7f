package org.yeyak.console.live;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.yeyak.rules.Light;

/**
 * Three lamps, red over yellow over green, one of them lit; all dark for {@code GRAY} (the
 * provider cannot be chosen). The lit lamp carries the colour's style class as well, so the
 * light is readable without telling red from green.
 */
public final class TrafficLight extends VBox {
    static final Color RED = Color.web("#ef4444");
    static final Color YELLOW = Color.web("#facc15");
    static final Color GREEN = Color.web("#22c55e");
    private static final Color OFF = Color.web("#3f3f46");
    private static final double DIM = 0.22;

    private final Circle red = lamp();
    private final Circle yellow = lamp();
    private final Circle green = lamp();
    private final ObjectProperty<Light> light = new SimpleObjectProperty<>(this, "light");

    public TrafficLight(double radius) {
        super(radius * 0.45);
        getStyleClass().add("traffic-light");
        setAlignment(Pos.CENTER);
        for (Circle c : new Circle[] {red, yellow, green}) {
            c.setRadius(radius);
        }
        getChildren().addAll(red, yellow, green);
        light.addListener((o, was, now) -> paint(now));
        light.set(Light.GRAY);
    }

    private static Circle lamp() {
        Circle c = new Circle();
        c.getStyleClass().add("lamp");
        return c;
    }

    private void paint(Light now) {
        red.setFill(now == Light.RED ? RED : now == Light.GRAY ? OFF : RED.deriveColor(0, 1, 1, DIM));
        yellow.setFill(now == Light.YELLOW ? YELLOW : now == Light.GRAY ? OFF : YELLOW.deriveColor(0, 1, 1, DIM));
        green.setFill(now == Light.GREEN ? GREEN : now == Light.GRAY ? OFF : GREEN.deriveColor(0, 1, 1, DIM));
        getStyleClass().removeIf(s -> s.startsWith("light-"));
        getStyleClass().add("light-" + now.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The colour shown. */
    public Light getLight() {
        return light.get();
    }

    public void setLight(Light value) {
        light.set(value == null ? Light.GRAY : value);
    }

    public ObjectProperty<Light> lightProperty() {
        return light;
    }

    /** The colour for a light in charts and texts. */
    static Color colorOf(Light l) {
        return switch (l) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
            case GRAY -> Color.web("#a1a1aa");
        };
    }
}
