package org.yeyak.console.allocation;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.client.Campaign;
import org.yeyak.console.shell.Page;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationSummary;

/** Officials' allocation page: inputs, background preview with progress, totals, the clinics × dates table, apply, export. */
public final class AllocationPage implements Page {
    private final AllocationViewModel vm;
    private final BorderPane root = new BorderPane();

    public AllocationPage(AllocationViewModel vm, I18n i18n) {
        this.vm = vm;
        root.setId("page-allocation");
        root.getStyleClass().add("page");
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());

        Label title = new Label(i18n.get("page.allocation"));
        title.getStyleClass().add(Styles.TITLE_3);
        root.setTop(new VBox(10, title, inputs(i18n), summary(i18n, n)));

        TableView<AllocationPreview.ClinicRow> table = new TableView<>(vm.visibleRows());
        table.setId("allocationTable");
        table.getStyleClass().addAll(Styles.DENSE, "allocation-table");
        table.setPlaceholder(new Label(i18n.get("allocation.table.empty")));
        vm.previewProperty().addListener((o, was, now) -> {
            if (now != null) {
                AllocationTables.clinicColumns(table, now.dates(), i18n);
            }
        });
        ComboBox<org.yeyak.client.Region> region = new ComboBox<>(vm.regions());
        region.setId("regionFilter");
        region.setPromptText(i18n.get("allocation.allRegions"));
        region.setButtonCell(regionCell(i18n));
        region.setCellFactory(l -> regionCell(i18n));
        region.valueProperty().bindBidirectional(vm.regionFilterProperty());
        Button all = new Button(i18n.get("allocation.allRegions"));
        all.setId("allRegions");
        all.getStyleClass().add(Styles.SMALL);
        all.setOnAction(e -> vm.regionFilterProperty().set(null));
        Label shown = new Label();
        shown.setId("clinicCount");
        shown.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        shown.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("allocation.clinicsShown",
                vm.visibleRows().size()), vm.visibleRows()));
        Label mismatch = new Label(i18n.get("allocation.mismatch"));
        mismatch.setId("mismatchNote");
        mismatch.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        mismatch.setWrapText(true);
        mismatch.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.previewProperty().get() != null && !vm.previewProperty().get().matchesServer(), vm.previewProperty()));
        mismatch.managedProperty().bind(mismatch.visibleProperty());
        HBox filter = new HBox(8, new FontIcon(Material2AL.FILTER_LIST), region, all, shown);
        filter.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filter, mismatch, table);

        Map<String, org.yeyak.client.Region> byCode = vm.regions().stream()
                .collect(Collectors.toMap(org.yeyak.client.Region::code, Function.identity(), (a, b) -> a));
        TableView<AllocationSummary.RegionTotal> regions = AllocationTables.regionTotals(i18n, byCode);
        TableView<AllocationSummary.TrancheTotal> tranches = AllocationTables.trancheTotals(i18n);
        regions.setPlaceholder(new Label("—"));
        tranches.setPlaceholder(new Label("—"));
        vm.regions().addListener((javafx.collections.ListChangeListener<org.yeyak.client.Region>) c -> {
            byCode.clear();
            vm.regions().forEach(r -> byCode.put(r.code(), r));
        });
        vm.previewProperty().addListener((o, was, now) -> {
            regions.getItems().setAll(now == null ? java.util.List.of() : now.summary().perRegion());
            tranches.getItems().setAll(now == null ? java.util.List.of() : now.summary().perTranche());
        });
        Label regionsTitle = new Label(i18n.get("allocation.byRegion"));
        regionsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label tranchesTitle = new Label(i18n.get("allocation.byTranche"));
        tranchesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(regions, Priority.ALWAYS);
        VBox.setVgrow(tranches, Priority.ALWAYS);
        VBox right = new VBox(6, regionsTitle, regions, tranchesTitle, tranches);
        right.setMinWidth(230);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        root.setCenter(split);
        BorderPane.setMargin(split, new javafx.geometry.Insets(10, 0, 10, 0));
        root.setBottom(actions(i18n));
    }

    private Node inputs(I18n i18n) {
        ComboBox<Campaign> campaign = new ComboBox<>(vm.campaigns());
        campaign.setId("allocCampaign");
        campaign.setButtonCell(campaignCell());
        campaign.setCellFactory(l -> campaignCell());
        campaign.valueProperty().bindBidirectional(vm.campaignProperty());
        campaign.setPrefWidth(240);

        TextField doses = new TextField();
        doses.setId("doses");
        doses.setPromptText("1,200,000");
        doses.setPrefColumnCount(10);
        doses.textProperty().bindBidirectional(vm.dosesProperty());

        Spinner<Integer> vial = new Spinner<>();
        vial.setId("allocVial");
        vial.setEditable(true);
        vial.setPrefWidth(90);
        vial.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, AllocationViewModel.MAX_VIAL_SIZE, 6));
        vial.getValueFactory().valueProperty().bindBidirectional(vm.vialSizeProperty());

        ValidationSupport support = new ValidationSupport();
        support.registerValidator(doses, false, (c, v) -> {
            String p = vm.dosesProblem();
            return ValidationResult.fromErrorIf(c, p == null ? "" : p, p != null);
        });
        vm.dosesProperty().addListener(o -> support.revalidate());

        ToggleGroup policy = new ToggleGroup();
        RadioButton even = new RadioButton(i18n.get("allocation.policy.even"));
        even.setId("policyEven");
        even.setToggleGroup(policy);
        even.setUserData(AllocationPolicy.EVEN_PER_CLINIC);
        RadioButton population = new RadioButton(i18n.get("allocation.policy.population"));
        population.setId("policyPopulation");
        population.setToggleGroup(policy);
        population.setUserData(AllocationPolicy.PRO_RATA_POPULATION);
        (vm.policyProperty().get() == AllocationPolicy.PRO_RATA_POPULATION ? population : even).setSelected(true);
        policy.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.policyProperty().set((AllocationPolicy) now.getUserData());
            }
        });
        CheckBox catchUp = new CheckBox(i18n.get("allocation.includeCatchUp"));
        catchUp.setId("includeCatchUp");
        catchUp.selectedProperty().bindBidirectional(vm.includeCatchUpProperty());

        Button preview = new Button(i18n.get("allocation.preview"), new FontIcon(Material2MZ.PREVIEW));
        preview.setId("previewAllocation");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.disableProperty().bind(vm.inputValidProperty().not().or(vm.computingProperty()));
        preview.setOnAction(e -> vm.preview());
        ProgressBar progress = new ProgressBar();
        progress.setId("previewProgress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.computingProperty());

        FlowPane first = new FlowPane(16, 8, labelled(i18n.get("allocation.campaign"), campaign),
                labelled(i18n.get("allocation.doses"), doses), labelled(i18n.get("campaigns.vialSize"), vial));
        first.setAlignment(Pos.CENTER_LEFT);
        Label policyLabel = new Label(i18n.get("allocation.policy"));
        FlowPane second = new FlowPane(16, 8, new HBox(12, policyLabel, even, population), catchUp,
                new HBox(10, preview, progress));
        second.setAlignment(Pos.CENTER_LEFT);
        ((HBox) second.getChildren().get(2)).setAlignment(Pos.CENTER_LEFT);
        VBox rows = new VBox(8, first, second);
        rows.getStyleClass().add("allocation-inputs");
        return rows;
    }

    private Node summary(I18n i18n, NumberFormat n) {
        Label requested = figure("sumRequested");
        Label placed = figure("sumPlaced");
        Label unplaced = figure("unplacedDoses");
        Label capacity = figure("sumCapacity");
        Label clinics = figure("sumClinics");
        Label spread = figure("sumTrancheSpread");
        vm.previewProperty().addListener((o, was, pv) -> {
            if (pv == null) {
                for (Label l : new Label[] {requested, placed, unplaced, capacity, clinics, spread}) {
                    l.setText("—");
                }
                unplaced.getStyleClass().remove(Styles.DANGER);
                return;
            }
            AllocationSummary s = pv.summary();
            requested.setText(n.format(s.requestedDoses()));
            placed.setText(n.format(s.placedDoses()));
            unplaced.setText(n.format(s.unplacedDoses()));
            if (s.unplacedDoses() > 0) {
                unplaced.getStyleClass().add(Styles.DANGER);
            } else {
                unplaced.getStyleClass().remove(Styles.DANGER);
            }
            capacity.setText(n.format(s.capacityDoses()));
            clinics.setText(n.format(s.perClinic().openClinics()));
            spread.setText(n.format(s.minTrancheDoses()) + " – " + n.format(s.maxTrancheDoses()));
        });
        HBox cards = new HBox(10, card(i18n.get("allocation.sum.requested"), requested),
                card(i18n.get("allocation.sum.placed"), placed), card(i18n.get("allocation.sum.unplaced"), unplaced),
                card(i18n.get("allocation.sum.capacity"), capacity), card(i18n.get("allocation.sum.clinics"), clinics),
                card(i18n.get("allocation.sum.tranches"), spread));
        return cards;
    }

    private Node actions(I18n i18n) {
        Button apply = new Button(i18n.get("allocation.apply"), new FontIcon(Material2AL.CHECK));
        apply.setId("applyAllocation");
        apply.getStyleClass().add(Styles.SUCCESS);
        apply.disableProperty().bind(vm.previewProperty().isNull().or(vm.computingProperty()));
        apply.setOnAction(e -> vm.apply());
        Button export = new Button(i18n.get("allocation.export"), new FontIcon(Material2AL.GET_APP));
        export.setId("exportCsv");
        export.disableProperty().bind(vm.previewProperty().isNull());
        export.setOnAction(e -> vm.exportCsv());
        Label error = new Label();
        error.setId("allocationError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label result = new Label();
        result.setId("allocationResult");
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(vm.resultProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, apply, export, result, error, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("form-footer");
        return bar;
    }

    private static Label figure(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().addAll(Styles.TITLE_4, "figure");
        return l;
    }

    private static VBox card(String caption, Label figure) {
        Label c = new Label(caption);
        c.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(2, c, figure);
        box.getStyleClass().add("figure-card");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static HBox labelled(String label, Node field) {
        HBox b = new HBox(6, new Label(label), field);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private static ListCell<Campaign> campaignCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Campaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + " (" + c.id() + ")");
            }
        };
    }

    private static ListCell<org.yeyak.client.Region> regionCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(org.yeyak.client.Region r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? i18n.get("allocation.allRegions") : i18n.korean() ? r.nameKo() : r.nameEn());
            }
        };
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void enter() {
        vm.load();
    }

    @Override
    public void reset() {
        vm.cancel();
    }
}
