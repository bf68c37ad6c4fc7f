package org.yeyak.console.assist;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.yeyak.client.Campaign;
import org.yeyak.console.assist.AssistViewModel.Step;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.I18n;

/**
 * The assisted-booking page: the steps across the top, the current step's pane, the refusal to
 * read out, and today's history on the right. Keyboard first: Enter goes forward, Esc back,
 * F5 refreshes availability, 1/2 record the identity check, M/C move or cancel a booking, P/S
 * print or save a confirmation. Availability refreshes by itself every 15 s while a clinic or
 * date is being chosen.
 */
public final class AssistView extends BorderPane {
    static final Duration LIVE_REFRESH = Duration.seconds(15);

    private final AssistViewModel vm;
    private final DialogService dialogs;
    private final I18n i18n;
    private final StepPanes steps;
    private final StackPane stepArea = new StackPane();
    private final List<Label> crumbs = new ArrayList<>();
    private final Timeline live;

    public AssistView(AssistViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.i18n = vm.i18n();
        this.steps = new StepPanes(vm);
        setId("page-assist");
        getStyleClass().addAll("page", "assist-page");
        getStylesheets().add(java.util.Objects.requireNonNull(
                AssistView.class.getResource("assist.css")).toExternalForm());

        setTop(header());
        VBox main = new VBox(12, breadcrumb(), refusal(), stepArea);
        main.getStyleClass().add("assist-main");
        VBox.setVgrow(stepArea, Priority.ALWAYS);
        HistoryPane history = new HistoryPane(vm.history(), i18n);
        history.setPrefWidth(320);
        history.setMinWidth(260);
        HBox body = new HBox(16, main, history);
        HBox.setHgrow(main, Priority.ALWAYS);
        setCenter(body);

        steps.print.setOnAction(e -> print());
        steps.save.setOnAction(e -> save());
        vm.stepProperty().addListener((o, was, now) -> showStep(now));
        vm.maskedResidentIdProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                // The typed number leaves the field as soon as it is taken; the masked form replaces it.
                Platform.runLater(steps.residentId::clear);
                steps.name.requestFocus();
            } else if (vm.stepProperty().get() == Step.PERSON) {
                steps.residentId.requestFocus();
            }
        });
        showStep(vm.stepProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        live = new Timeline(new KeyFrame(LIVE_REFRESH, e -> {
            Step s = vm.stepProperty().get();
            if (s == Step.CLINIC || s == Step.DATE) {
                vm.refreshAvailability();
            }
        }));
        live.setCycleCount(Animation.INDEFINITE);
    }

    /** The page is shown: load, start the live refresh, put the cursor in the first field. */
    public void entered() {
        vm.load();
        live.play();
        focusLater(steps.focusTarget(vm.stepProperty().get()));
    }

    /** The page is left: stop the timer and the running call. */
    public void left() {
        live.stop();
        vm.stop();
    }

    private Node header() {
        Label title = new Label(i18n.get("assist.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(i18n.get("assist.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        ComboBox<Campaign> campaign = new ComboBox<>(vm.campaigns());
        campaign.setId("campaign");
        campaign.setFocusTraversable(false);
        campaign.valueProperty().bindBidirectional(vm.campaignProperty());
        campaign.setCellFactory(v -> campaignCell());
        campaign.setButtonCell(campaignCell());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("assistBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        Label keys = new Label(i18n.get("assist.keys"), new FontIcon(Material2AL.KEYBOARD));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, new Label(i18n.get("assist.campaign")), campaign, busy, gap, keys);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, title, subtitle, row);
        header.getStyleClass().add("assist-header");
        return header;
    }

    private static ListCell<Campaign> campaignCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Campaign k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.name());
            }
        };
    }

    private Node breadcrumb() {
        HBox row = new HBox(6);
        row.setId("assistSteps");
        row.setAlignment(Pos.CENTER_LEFT);
        for (Step s : Step.values()) {
            Label l = new Label((s.ordinal() + 1) + ". " + i18n.get("assist.step." + s.name()));
            l.getStyleClass().add("assist-crumb");
            crumbs.add(l);
            if (s.ordinal() > 0) {
                row.getChildren().add(new FontIcon(Material2AL.CHEVRON_RIGHT));
            }
            row.getChildren().add(l);
        }
        return row;
    }

    private Node refusal() {
        Label refusal = new Label();
        refusal.setId("assistRefusal");
        refusal.setWrapText(true);
        refusal.setMaxWidth(Double.MAX_VALUE);
        refusal.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        refusal.getStyleClass().add("assist-refusal");
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
    }

    private void showStep(Step step) {
        stepArea.getChildren().setAll(steps.pane(step));
        StackPane.setAlignment(steps.pane(step), Pos.TOP_LEFT);
        for (int i = 0; i < crumbs.size(); i++) {
            Label l = crumbs.get(i);
            l.getStyleClass().removeAll("current", "passed");
            if (i == step.ordinal()) {
                l.getStyleClass().add("current");
            } else if (i < step.ordinal()) {
                l.getStyleClass().add("passed");
            }
        }
        focusLater(steps.focusTarget(step));
    }

    private void key(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        if (focus instanceof ComboBox<?> c && c.isShowing()) {
            return; // the open list takes its own Enter and Esc
        }
        Step step = vm.stepProperty().get();
        switch (e.getCode()) {
            case ENTER -> {
                if (focus instanceof Button b && !b.isDefaultButton() && b.isVisible()) {
                    b.fire();
                } else if (step == Step.CLINIC && (focus == steps.region || focus == steps.clinicFilter
                        || steps.clinics.getSelectionModel().getSelectedItem() == null)) {
                    toClinicList();
                } else if (step == Step.PERSON && focus == steps.residentId && vm.residentIdEntered()) {
                    steps.name.requestFocus();
                } else {
                    vm.forward();
                }
                e.consume();
            }
            case ESCAPE -> {
                if (focus == steps.residentId && !steps.residentId.getText().isEmpty()) {
                    steps.residentId.clear(); // a half-typed or wrong number: start it again
                } else {
                    vm.back();
                }
                e.consume();
            }
            case DOWN -> {
                if (step == Step.CLINIC && focus == steps.clinicFilter) {
                    toClinicList();
                    e.consume();
                }
            }
            case F5 -> {
                vm.refreshAvailability();
                e.consume();
            }
            default -> {
                if (!typing && !e.isControlDown() && !e.isAltDown()) {
                    letterKey(step, e);
                }
            }
        }
    }

    /** From the region or the filter down into the clinic list, on the first clinic shown unless one is chosen. */
    private void toClinicList() {
        var list = steps.clinics;
        if (!list.getItems().contains(list.getSelectionModel().getSelectedItem()) && !list.getItems().isEmpty()) {
            list.getSelectionModel().clearAndSelect(0);
        }
        focusLater(list);
    }

    /** One-key commands where no text is being typed. */
    private void letterKey(Step step, KeyEvent e) {
        KeyCode k = e.getCode();
        if (step == Step.CONFIRM && (k == KeyCode.DIGIT1 || k == KeyCode.NUMPAD1)) {
            steps.idCard.fire();
        } else if (step == Step.CONFIRM && (k == KeyCode.DIGIT2 || k == KeyCode.NUMPAD2)) {
            steps.phoneCallback.fire();
        } else if (step == Step.REVIEW && k == KeyCode.M) {
            vm.startMove();
        } else if (step == Step.REVIEW && k == KeyCode.C) {
            vm.startCancel();
        } else if (step == Step.DONE && k == KeyCode.P) {
            print();
        } else if (step == Step.DONE && k == KeyCode.S) {
            save();
        } else {
            return;
        }
        e.consume();
    }

    private void print() {
        Confirmation c = vm.confirmationProperty().get();
        if (c == null) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.notify(i18n.get("assist.print.none"));
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        // Printing a small node is quick; the print system spools it in its own thread.
        if (job.printPage(new ConfirmationCard(c, i18n, true))) {
            job.endJob();
        } else {
            dialogs.notify(i18n.get("assist.print.failed"));
        }
    }

    private void save() {
        Confirmation c = vm.confirmationProperty().get();
        if (c == null) {
            return;
        }
        dialogs.chooseSaveFile(i18n.get("assist.confirmation.title"), ConfirmationDocument.fileName(c), "html")
                .ifPresent(path -> vm.saveConfirmation(path, p -> dialogs.notify(i18n.get("assist.saved", p))));
    }

    /**
     * Puts the cursor on {@code n}, or on the step's pane when {@code n} is hidden: the keyboard
     * must never fall out of the page (Enter would then press whatever had the focus, e.g. Sign out).
     */
    private void focusLater(Node n) {
        Platform.runLater(() -> {
            if (n.isVisible() && n.getScene() != null) {
                n.requestFocus();
            } else {
                steps.pane(vm.stepProperty().get()).requestFocus();
            }
        });
    }
}
