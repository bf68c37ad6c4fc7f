package org.yeyak.console.campaigns;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.client.CampaignForm;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.IsoDatePicker;

/** Catch-up days for sub-cohorts after the ten digit days, then the open period. */
final class CatchUpSection {
    private CatchUpSection() {
    }

    static VBox catchUp(CampaignFormViewModel vm, I18n i18n) {
        TableView<CampaignForm.CatchUp> table = new TableView<>(vm.catchUp());
        table.setId("catchUpTable");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("campaigns.catchUp.none")));
        table.getColumns().add(column(i18n.get("campaigns.catchUp.label"), CampaignForm.CatchUp::label));
        table.getColumns().add(column(i18n.get("campaigns.bornFrom"), c -> c.bornFrom().toString()));
        table.getColumns().add(column(i18n.get("campaigns.bornTo"), c -> c.bornTo().toString()));
        table.getColumns().add(column(i18n.get("campaigns.catchUp.day"), c -> c.day().toString()));

        TextField label = new TextField();
        label.setId("catchUpLabel");
        label.setPromptText(i18n.get("campaigns.catchUp.label"));
        DatePicker from = new IsoDatePicker("catchUpFrom");
        DatePicker to = new IsoDatePicker("catchUpTo");
        DatePicker day = new IsoDatePicker("catchUpDay");
        Label error = new Label();
        error.setId("catchUpError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        Button add = new Button(i18n.get("campaigns.catchUp.add"), new FontIcon(Material2AL.ADD));
        add.setId("addCatchUp");
        add.setOnAction(e -> vm.addCatchUp(label.getText(), from.getValue(), to.getValue(), day.getValue())
                .ifPresentOrElse(error::setText, () -> {
                    error.setText("");
                    label.clear();
                    from.setValue(null);
                    to.setValue(null);
                    day.setValue(null);
                }));
        Button remove = new Button(i18n.get("campaigns.catchUp.remove"), new FontIcon(Material2MZ.REMOVE));
        remove.setId("removeCatchUp");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeCatchUp(table.getSelectionModel().getSelectedItem()));

        Label problem = new Label();
        problem.setId("catchUpProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        vm.problems().addListener((o, was, now) ->
                problem.setText(now.getOrDefault(CampaignFormViewModel.Field.CATCH_UP, "")));
        problem.setText(vm.problem(CampaignFormViewModel.Field.CATCH_UP).orElse(""));

        FlowPane addRow = new FlowPane(8, 8, label, from, new Label("–"), to, new Label(i18n.get("campaigns.catchUp.on")),
                day, add, remove);
        return FormSections.section(i18n.get("campaigns.section.catchUp"), table, addRow, error, problem);
    }

    static VBox openPeriod(CampaignFormViewModel vm, I18n i18n, ValidationSupport support) {
        CheckBox enabled = new CheckBox(i18n.get("campaigns.open.enabled"));
        enabled.setId("openPeriod");
        enabled.selectedProperty().bindBidirectional(vm.openPeriodProperty());
        DatePicker from = new IsoDatePicker("openFrom");
        from.valueProperty().bindBidirectional(vm.openFromProperty());
        DatePicker to = new IsoDatePicker("openTo");
        to.valueProperty().bindBidirectional(vm.openToProperty());
        FormSections.validate(support, from, vm, CampaignFormViewModel.Field.OPEN_FROM);
        FormSections.validate(support, to, vm, CampaignFormViewModel.Field.OPEN_TO);
        HBox dates = new HBox(8, from, new Label("–"), to);
        dates.disableProperty().bind(enabled.selectedProperty().not());
        Label hint = new Label(i18n.get("campaigns.open.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        GridPane g = FormSections.grid();
        FormSections.row(g, "", enabled);
        FormSections.row(g, i18n.get("campaigns.open.dates"), dates);
        return FormSections.section(i18n.get("campaigns.section.open"), g, hint);
    }

    private static TableColumn<CampaignForm.CatchUp, String> column(String title,
                                                                  java.util.function.Function<CampaignForm.CatchUp, String> f) {
        TableColumn<CampaignForm.CatchUp, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }
}
