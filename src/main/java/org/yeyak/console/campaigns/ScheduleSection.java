package org.yeyak.console.campaigns;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.IsoDatePicker;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.rules.ScheduleWarning;

/** First booking day, window times, the month-end warning with its fix, the calendar and the digit map. */
final class ScheduleSection {
    private ScheduleSection() {
    }

    static VBox build(CampaignFormViewModel vm, I18n i18n, ValidationSupport support) {
        DatePicker first = new IsoDatePicker("firstBookingDay");
        first.valueProperty().bindBidirectional(vm.firstBookingDayProperty());
        FormSections.validate(support, first, vm, CampaignFormViewModel.Field.FIRST_DAY);
        TextField opens = timeField("opensAt", vm.opensAtProperty());
        FormSections.validate(support, opens, vm, CampaignFormViewModel.Field.OPENS_AT);
        TextField closes = timeField("closesAt", vm.closesAtProperty());
        FormSections.validate(support, closes, vm, CampaignFormViewModel.Field.CLOSES_AT);
        GridPane g = FormSections.grid();
        FormSections.row(g, i18n.get("campaigns.firstBookingDay"), first);
        FormSections.row(g, i18n.get("campaigns.window"), new HBox(8, opens, new Label(i18n.get("campaigns.window.to")),
                closes, new Label(i18n.get("campaigns.window.nextDay"))));
        Label rule = new Label(i18n.get("campaigns.schedule.rule"));
        rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rule.setWrapText(true);

        StackPane warningSlot = new StackPane();
        StackPane calendarSlot = new StackPane();
        FlowPane digitEditor = new FlowPane(10, 8);
        Runnable refresh = () -> {
            warningSlot.getChildren().setAll(warning(vm, i18n));
            calendarSlot.getChildren().setAll(new ScheduleCalendar(i18n, vm.scheduleProperty().get(),
                    vm.campaignScheduleProperty().get().orElse(null), parse(vm.opensAtProperty().get()),
                    parse(vm.closesAtProperty().get())));
            fillDigitEditor(digitEditor, vm, i18n);
        };
        vm.campaignScheduleProperty().addListener(o -> refresh.run());
        vm.scheduleProperty().addListener(o -> refresh.run());
        refresh.run();
        TitledPane digits = new TitledPane(i18n.get("campaigns.digits.edit"), digitEditor);
        digits.setExpanded(false);
        digits.setId("digitEditor");
        return FormSections.section(i18n.get("campaigns.section.schedule"), g, rule, warningSlot, calendarSlot, digits);
    }

    private static TextField timeField(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(5);
        t.setPromptText("HH:MM");
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static LocalTime parse(String s) {
        try {
            return LocalTime.parse(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The month-end warning in words, with the proposed schedule and a button to take it. */
    private static javafx.scene.Node warning(CampaignFormViewModel vm, I18n i18n) {
        List<ScheduleWarning> warnings = vm.warnings();
        DigitSchedule s = vm.scheduleProperty().get();
        if (warnings.isEmpty() || s == null) {
            return new VBox();
        }
        String lines = warnings.stream().map(w -> "• " + describe(w, i18n)).distinct().collect(Collectors.joining("\n"));
        DigitSchedule fix = s.proposedFix();
        String proposal = fix.dates().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue())
                .map(e -> i18n.shortDay().format(e.getValue()) + " → " + e.getKey())
                .collect(Collectors.joining(", "));
        Message m = new Message(i18n.get("campaigns.warning.title"),
                lines + "\n" + i18n.get("campaigns.warning.fix", proposal), new FontIcon(Material2MZ.WARNING));
        m.getStyleClass().add(Styles.WARNING);
        m.setId("monthEndWarning");
        Button apply = new Button(i18n.get("campaigns.warning.apply"));
        apply.setId("applyFix");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.applyProposedFix());
        VBox box = new VBox(8, m, apply);
        return box;
    }

    static String describe(ScheduleWarning w, I18n i18n) {
        if (w.kind() == ScheduleWarning.Kind.GAP) {
            return i18n.get("campaigns.warning.gap", w.digit());
        }
        String days = w.dates().stream().map(d -> i18n.shortDay().format(d)).collect(Collectors.joining(", "));
        return w.dates().size() > 1
                ? i18n.get("campaigns.warning.doubleDigit", w.digit(), days)
                : i18n.get("campaigns.warning.sharedDay", days, w.digit());
    }

    private static void fillDigitEditor(FlowPane pane, CampaignFormViewModel vm, I18n i18n) {
        pane.getChildren().clear();
        DigitSchedule s = vm.scheduleProperty().get();
        for (int digit = 0; digit <= 9; digit++) {
            int d = digit;
            DatePicker p = new IsoDatePicker("digit-" + digit);
            LocalDate current = s == null ? null : s.dateFor(digit).orElse(null);
            p.setValue(current);
            p.valueProperty().addListener((o, was, now) -> {
                if (now == null ? was != null : !now.equals(was)) {
                    vm.setDigitDate(d, now);
                }
            });
            Label l = new Label(i18n.get("campaigns.digits.digit", digit));
            l.setMinWidth(60);
            pane.getChildren().add(new HBox(6, l, p));
        }
    }
}
