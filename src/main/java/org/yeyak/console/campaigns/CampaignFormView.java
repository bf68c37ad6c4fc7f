package org.yeyak.console.campaigns;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.IsoDatePicker;

/** The campaign form: sections in a scroll pane, Save (disabled while anything is invalid) at the bottom. */
final class CampaignFormView extends BorderPane {
    static {
        // ControlsFX knows no Spinner value by itself.
        org.controlsfx.tools.ValueExtractor.addObservableValueExtractor(c -> c instanceof Spinner,
                c -> ((Spinner<?>) c).valueProperty());
    }

    CampaignFormView(CampaignFormViewModel vm, I18n i18n) {
        setId("campaignForm");
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration("field-invalid", "field-warning")));

        VBox sections = new VBox(14, basics(vm, i18n, support), cohort(vm, i18n, support),
                ScheduleSection.build(vm, i18n, support), CatchUpSection.catchUp(vm, i18n),
                CatchUpSection.openPeriod(vm, i18n, support), vaccination(vm, i18n, support), demand(vm, i18n));
        sections.setPadding(new Insets(4, 16, 16, 4));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        Button save = new Button(i18n.get("campaigns.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("saveCampaign");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !Boolean.FALSE.equals(support.isInvalid()) || !vm.validProperty().get() || vm.savingProperty().get(),
                support.invalidProperty(), vm.validProperty(), vm.savingProperty()));
        save.setOnAction(e -> vm.save());
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(18, 18);
        saving.visibleProperty().bind(vm.savingProperty());
        Label error = new Label();
        error.setId("saveError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.saveErrorProperty());
        Label problems = new Label();
        problems.setId("problemCount");
        problems.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        problems.textProperty().bind(Bindings.createStringBinding(() -> vm.problems().get().isEmpty() ? ""
                : i18n.get("campaigns.problems", vm.problems().get().size()), vm.problems()));
        HBox bar = new HBox(10, save, saving, problems, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("form-footer");
        setBottom(bar);

        vm.problems().addListener(o -> support.revalidate());
        support.initInitialDecoration();
    }

    private static VBox basics(CampaignFormViewModel vm, I18n i18n, ValidationSupport support) {
        TextField id = new TextField();
        id.setId("campaignId");
        id.setPromptText("covid-18-49");
        id.textProperty().bindBidirectional(vm.idProperty());
        id.setDisable(vm.editing());
        if (!vm.editing()) {
            FormSections.validate(support, id, vm, CampaignFormViewModel.Field.ID);
        }
        TextField name = new TextField();
        name.setId("campaignName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        FormSections.validate(support, name, vm, CampaignFormViewModel.Field.NAME);
        ComboBox<String> vaccine = new ComboBox<>();
        vaccine.setId("vaccine");
        vaccine.setEditable(true);
        vaccine.getItems().setAll(CampaignFormViewModel.VIALS.keySet().stream().sorted().toList());
        vaccine.valueProperty().bindBidirectional(vm.vaccineProperty());
        FormSections.validate(support, vaccine, vm, CampaignFormViewModel.Field.VACCINE);
        Spinner<Integer> vial = new Spinner<>();
        vial.setId("vialSize");
        vial.setEditable(true);
        vial.setPrefWidth(100);
        vial.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, CampaignFormViewModel.MAX_VIAL_SIZE));
        vial.getValueFactory().setValue(vm.vialSizeProperty().get());
        vial.getValueFactory().valueProperty().bindBidirectional(vm.vialSizeProperty());
        FormSections.validate(support, vial, vm, CampaignFormViewModel.Field.VIAL_SIZE);
        javafx.scene.control.CheckBox assisted = new javafx.scene.control.CheckBox(i18n.get("campaigns.assistedFollows"));
        assisted.setId("assistedFollows");
        assisted.selectedProperty().bindBidirectional(vm.assistedFollowsDigitDaysProperty());
        GridPane g = FormSections.grid();
        FormSections.row(g, i18n.get("campaigns.id"), id);
        FormSections.row(g, i18n.get("campaigns.name"), name);
        FormSections.row(g, i18n.get("campaigns.vaccine"), vaccine);
        FormSections.row(g, i18n.get("campaigns.vialSize"), vial);
        FormSections.row(g, "", assisted);
        return FormSections.section(i18n.get(vm.editing() ? "campaigns.section.edit" : "campaigns.section.new"), g);
    }

    private static VBox cohort(CampaignFormViewModel vm, I18n i18n, ValidationSupport support) {
        ToggleGroup mode = new ToggleGroup();
        RadioButton byDates = new RadioButton(i18n.get("campaigns.cohort.dates"));
        byDates.setId("cohortByDates");
        byDates.setToggleGroup(mode);
        RadioButton byAges = new RadioButton(i18n.get("campaigns.cohort.ages"));
        byAges.setId("cohortByAges");
        byAges.setToggleGroup(mode);
        (vm.cohortModeProperty().get() == CampaignFormViewModel.CohortMode.AGES ? byAges : byDates).setSelected(true);
        mode.selectedToggleProperty().addListener((o, was, now) -> vm.cohortModeProperty().set(
                now == byAges ? CampaignFormViewModel.CohortMode.AGES : CampaignFormViewModel.CohortMode.BIRTH_DATES));

        DatePicker from = new IsoDatePicker("bornFrom");
        from.valueProperty().bindBidirectional(vm.bornFromProperty());
        DatePicker to = new IsoDatePicker("bornTo");
        to.valueProperty().bindBidirectional(vm.bornToProperty());
        FormSections.validate(support, from, vm, CampaignFormViewModel.Field.BORN_FROM);
        FormSections.validate(support, to, vm, CampaignFormViewModel.Field.BORN_TO);
        HBox dates = new HBox(8, new Label(i18n.get("campaigns.bornFrom")), from, new Label(i18n.get("campaigns.bornTo")), to);
        dates.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> min = ageSpinner("minAge", vm.minAgeProperty());
        Spinner<Integer> max = ageSpinner("maxAge", vm.maxAgeProperty());
        DatePicker on = new IsoDatePicker("agesOn");
        on.valueProperty().bindBidirectional(vm.agesOnProperty());
        FormSections.validate(support, min, vm, CampaignFormViewModel.Field.MIN_AGE);
        FormSections.validate(support, max, vm, CampaignFormViewModel.Field.MAX_AGE);
        FormSections.validate(support, on, vm, CampaignFormViewModel.Field.AGES_ON);
        HBox ages = new HBox(8, new Label(i18n.get("campaigns.ages.from")), min, new Label("–"), max,
                new Label(i18n.get("campaigns.ages.on")), on);
        ages.setAlignment(Pos.CENTER_LEFT);

        StackPane fields = new StackPane();
        Runnable show = () -> fields.getChildren().setAll(
                vm.cohortModeProperty().get() == CampaignFormViewModel.CohortMode.AGES ? ages : dates);
        vm.cohortModeProperty().addListener(o -> show.run());
        show.run();
        Label result = new Label();
        result.setId("cohortResult");
        result.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        result.textProperty().bind(Bindings.createStringBinding(() -> vm.campaignScheduleProperty().get()
                .map(s -> i18n.get("campaigns.cohort.result", s.cohort().bornFrom(), s.cohort().bornTo()))
                .orElse(""), vm.campaignScheduleProperty()));
        return FormSections.section(i18n.get("campaigns.section.cohort"), new HBox(16, byDates, byAges), fields, result);
    }

    private static Spinner<Integer> ageSpinner(String id, javafx.beans.property.ObjectProperty<Integer> p) {
        Spinner<Integer> s = new Spinner<>();
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 130, p.get() == null ? 0 : p.get()));
        s.getValueFactory().valueProperty().bindBidirectional(p);
        return s;
    }

    private static VBox vaccination(CampaignFormViewModel vm, I18n i18n, ValidationSupport support) {
        DatePicker from = new IsoDatePicker("vaccinationFrom");
        from.valueProperty().bindBidirectional(vm.vaccinationFromProperty());
        DatePicker to = new IsoDatePicker("vaccinationTo");
        to.valueProperty().bindBidirectional(vm.vaccinationToProperty());
        FormSections.validate(support, from, vm, CampaignFormViewModel.Field.VACCINATION_FROM);
        FormSections.validate(support, to, vm, CampaignFormViewModel.Field.VACCINATION_TO);
        GridPane g = FormSections.grid();
        FormSections.row(g, i18n.get("campaigns.vaccination.dates"), new HBox(8, from, new Label("–"), to));
        return FormSections.section(i18n.get("campaigns.section.vaccination"), g);
    }

    private static VBox demand(CampaignFormViewModel vm, I18n i18n) {
        StackPane slot = new StackPane();
        Runnable refresh = () -> slot.getChildren().setAll(vm.demandProperty().get()
                .<javafx.scene.Node>map(d -> new DemandChart(i18n, d, vm.scheduleProperty().get(), vm.capacityProperty().get()))
                .orElseGet(() -> {
                    Label l = new Label(i18n.get("campaigns.demand.needCohort"));
                    l.getStyleClass().add(Styles.TEXT_MUTED);
                    return l;
                }));
        vm.demandProperty().addListener(o -> refresh.run());
        vm.capacityProperty().addListener(o -> refresh.run());
        refresh.run();
        return FormSections.section(i18n.get("campaigns.section.demand"), slot);
    }
}
