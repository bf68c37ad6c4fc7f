package org.yeyak.console.live;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.console.ui.I18n;
import org.yeyak.surge.ArrivalCurve;

/** The rehearsal's settings, start and stop, progress and outcome (see {@link RehearsalViewModel}). */
final class RehearsalPanel extends TitledPane {
    RehearsalPanel(RehearsalViewModel vm, I18n i18n) {
        setText(i18n.get("live.rehearsal.title"));
        setId("rehearsal");
        setCollapsible(true);
        getStyleClass().add(Styles.DENSE);

        Spinner<Integer> citizens = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                RehearsalViewModel.MIN_CITIZENS, RehearsalViewModel.MAX_CITIZENS, vm.citizensProperty().get(), 500));
        citizens.setId("rehearsalCitizens");
        citizens.setEditable(true);
        citizens.setPrefWidth(110);
        citizens.valueProperty().subscribe(v -> vm.citizensProperty().set(v));

        Spinner<Integer> duration = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                5, 3600, vm.durationSecondsProperty().get(), 15));
        duration.setId("rehearsalDuration");
        duration.setEditable(true);
        duration.setPrefWidth(110);
        duration.valueProperty().subscribe(v -> vm.durationSecondsProperty().set(v));

        ComboBox<ArrivalCurve> curve = new ComboBox<>();
        curve.setId("rehearsalCurve");
        curve.getItems().setAll(ArrivalCurve.values());
        curve.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArrivalCurve c) {
                return c == null ? "" : vm.label(c);
            }

            @Override
            public ArrivalCurve fromString(String s) {
                return null;
            }
        });
        curve.valueProperty().bindBidirectional(vm.curveProperty());
        curve.setMaxWidth(Double.MAX_VALUE);

        CheckBox follow = new CheckBox(i18n.get("live.rehearsal.follow"));
        follow.setId("rehearsalFollow");
        follow.selectedProperty().bindBidirectional(vm.followLightsProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label(i18n.get("live.rehearsal.citizens")), citizens);
        form.addRow(1, label(i18n.get("live.rehearsal.duration")), duration);
        form.addRow(2, label(i18n.get("live.rehearsal.curve")), curve);
        form.add(follow, 0, 3, 2, 1);
        form.disableProperty().bind(vm.runningProperty());

        Button start = new Button(i18n.get("live.rehearsal.start"), new FontIcon(Material2MZ.PLAY_ARROW));
        start.setId("rehearsalStart");
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> {
            citizens.increment(0); // commits a typed value
            duration.increment(0);
            vm.start();
        });
        Button stop = new Button(i18n.get("live.rehearsal.stop"), new FontIcon(Material2MZ.STOP));
        stop.setId("rehearsalStop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        HBox buttons = new HBox(8, start, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("rehearsalProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty().or(vm.progressProperty().greaterThan(0)));
        Label status = new Label();
        status.setId("rehearsalStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusProperty());

        VBox box = new VBox(8, form, buttons, bar, status);
        setContent(box);
    }

    /** A form label that keeps its whole text; the field beside it gives way instead. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
