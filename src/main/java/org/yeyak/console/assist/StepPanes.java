package org.yeyak.console.assist;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.client.assist.ClinicAvailability;
import org.yeyak.client.Clinic;
import org.yeyak.client.assist.IdentityCheck;
import org.yeyak.client.Region;
import org.yeyak.console.assist.AssistViewModel.Mode;
import org.yeyak.console.assist.AssistViewModel.Step;
import org.yeyak.console.ui.I18n;

/** One pane per step of the flow, bound to the ViewModel; {@link #focusTarget} says where the cursor goes. */
final class StepPanes {
    final TextField residentId = new TextField();
    final TextField name = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField clinicFilter = new TextField();
    final ListView<ClinicAvailability> clinics = new ListView<>();
    final ListView<DateSlot> dates = new ListView<>();
    final RadioButton idCard = new RadioButton();
    final RadioButton phoneCallback = new RadioButton();
    final TextField reason = new TextField();
    final Button reviewNext = new Button();
    final Button reviewNewCaller = new Button();
    final Button moveBooking = new Button();
    final Button cancelBooking = new Button();
    final Button submit = new Button();
    final Button print = new Button();
    final Button save = new Button();
    final Button newCaller = new Button();
    private final Map<Step, Node> panes = new EnumMap<>(Step.class);
    private final AssistViewModel vm;
    private final I18n i18n;

    StepPanes(AssistViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        panes.put(Step.PERSON, person());
        panes.put(Step.REVIEW, review());
        panes.put(Step.CLINIC, clinic());
        panes.put(Step.DATE, date());
        panes.put(Step.CONFIRM, confirm());
        panes.put(Step.DONE, done());
        panes.forEach((step, pane) -> {
            ((javafx.scene.layout.Region) pane).setMaxWidth(step == Step.CLINIC ? 820 : 640);
            if (step != Step.CLINIC && step != Step.DATE) {
                ((javafx.scene.layout.Region) pane).setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            pane.setId("step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            pane.getStyleClass().add("assist-step");
        });
    }

    Node pane(Step step) {
        return panes.get(step);
    }

    Node focusTarget(Step step) {
        return switch (step) {
            case PERSON -> vm.maskedResidentIdProperty().get().isEmpty() ? residentId : name;
            case REVIEW -> vm.hasBooking() ? moveBooking
                    : vm.personProperty().get() != null && vm.personProperty().get().eligible() ? reviewNext
                    : reviewNewCaller;
            // A region kept from the last caller: straight to the filter, to type the district.
            case CLINIC -> vm.place().region().get() == null ? region : clinicFilter;
            case DATE -> dates;
            case CONFIRM -> vm.modeProperty().get() == Mode.BOOK ? idCard : reason;
            case DONE -> newCaller;
        };
    }

    private Node person() {
        residentId.setId("residentId");
        residentId.setPromptText(i18n.get("assist.id.prompt"));
        residentId.setMaxWidth(320);
        residentId.textProperty().addListener((o, was, now) -> vm.residentIdTyped(now));
        Label masked = new Label();
        masked.setId("maskedResidentId");
        masked.getStyleClass().addAll(Styles.TITLE_4, "masked-id");
        masked.textProperty().bind(vm.maskedResidentIdProperty());
        Label change = new Label(i18n.get("assist.id.change"));
        change.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox maskedRow = new HBox(10, masked, change);
        maskedRow.setAlignment(Pos.BASELINE_LEFT);
        var entered = vm.maskedResidentIdProperty().isNotEmpty();
        residentId.visibleProperty().bind(entered.not());
        residentId.managedProperty().bind(residentId.visibleProperty());
        maskedRow.visibleProperty().bind(entered);
        maskedRow.managedProperty().bind(entered);
        Label hint = new Label();
        hint.setId("idHint");
        hint.textProperty().bind(vm.idHintProperty());
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_SMALL);
        vm.idWrongProperty().addListener((o, was, wrong) -> pseudo(hint, Styles.DANGER, wrong));
        entered.addListener((o, was, now) -> pseudo(hint, Styles.SUCCESS, now));

        name.setId("personName");
        name.setPromptText(i18n.get("assist.name.prompt"));
        name.setMaxWidth(320);
        name.textProperty().bindBidirectional(vm.nameProperty());
        Button lookUp = new Button(i18n.get("assist.lookUp"), new FontIcon(Material2MZ.SEARCH));
        lookUp.setId("lookUp");
        lookUp.getStyleClass().add(Styles.ACCENT);
        lookUp.setOnAction(e -> vm.forward());
        return new VBox(8, heading("assist.id.label"), residentId, maskedRow, hint,
                heading("assist.name.label"), name, lookUp);
    }

    private Node review() {
        Label who = new Label();
        who.setId("reviewPerson");
        who.getStyleClass().add(Styles.TITLE_4);
        who.textProperty().bind(Bindings.createStringBinding(() -> {
            PersonFile p = vm.personProperty().get();
            return p == null ? "" : p.maskedName() + "  " + p.maskedResidentId();
        }, vm.personProperty()));
        Label eligibility = new Label();
        eligibility.setId("eligibility");
        eligibility.setWrapText(true);
        eligibility.textProperty().bind(vm.eligibilityTextProperty());
        vm.personProperty().addListener((o, was, p) -> {
            boolean ok = p != null && p.eligible();
            boolean booked = p != null && p.booking() != null;
            pseudo(eligibility, Styles.SUCCESS, ok && !booked);
            pseudo(eligibility, Styles.ACCENT, ok && booked);
            pseudo(eligibility, Styles.DANGER, p != null && !ok);
        });
        eligibility.getStyleClass().add("eligibility");

        Label booking = new Label();
        booking.setId("existingBooking");
        booking.setWrapText(true);
        booking.textProperty().bind(Bindings.createStringBinding(this::bookingText, vm.personProperty(),
                vm.bookedClinicProperty()));
        booking.getStyleClass().add("booking-box");

        reviewNext.setText(i18n.get("assist.next"));
        reviewNext.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
        reviewNext.setId("reviewNext");
        reviewNext.getStyleClass().add(Styles.ACCENT);
        reviewNext.setOnAction(e -> vm.forward());
        moveBooking.setText(i18n.get("assist.move"));
        moveBooking.setGraphic(new FontIcon(Material2AL.EDIT));
        moveBooking.setId("moveBooking");
        moveBooking.setOnAction(e -> vm.startMove());
        cancelBooking.setText(i18n.get("assist.cancelBooking"));
        cancelBooking.setGraphic(new FontIcon(Material2AL.EVENT_BUSY));
        cancelBooking.setId("cancelBooking");
        cancelBooking.getStyleClass().add(Styles.DANGER);
        cancelBooking.setOnAction(e -> vm.startCancel());
        vm.personProperty().addListener((o, was, p) -> {
            boolean has = p != null && p.booking() != null;
            boolean canBook = p != null && !has && p.eligibility() != null && p.eligibility().eligible();
            show(reviewNext, canBook);
            show(moveBooking, has);
            show(cancelBooking, has);
            show(reviewNewCaller, p != null && !has && !canBook);
        });
        reviewNewCaller.setText(i18n.get("assist.newCaller"));
        reviewNewCaller.setGraphic(new FontIcon(Material2MZ.PERSON_ADD));
        reviewNewCaller.setId("reviewNewCaller");
        reviewNewCaller.setOnAction(e -> vm.newCaller());
        HBox buttons = new HBox(8, reviewNext, moveBooking, cancelBooking, reviewNewCaller);
        return new VBox(10, who, eligibility, heading("assist.booking.existing"), booking, buttons);
    }

    private String bookingText() {
        PersonFile p = vm.personProperty().get();
        if (p == null || p.booking() == null) {
            return i18n.get("assist.booking.none");
        }
        Clinic k = vm.bookedClinicProperty().get();
        String where = k == null ? p.booking().clinicId() : k.name() + "\n" + k.address();
        return ConfirmationDocument.dateFormat(i18n).format(p.booking().date()) + " · " + p.booking().vaccine() + "\n"
                + where + "\n" + i18n.get("assist.booking.number", p.booking().bookingId());
    }

    private Node clinic() {
        region.setId("region");
        region.setItems(vm.regions());
        region.setPromptText(i18n.get("assist.region.prompt"));
        region.setConverter(new StringConverter<>() {
            @Override
            public String toString(Region r) {
                return r == null ? "" : r.code() + "  " + (i18n.korean() ? r.nameKo() : r.nameEn());
            }

            @Override
            public Region fromString(String s) {
                return null;
            }
        });
        region.setVisibleRowCount(17);
        region.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.place().region().get()) {
                vm.chooseRegion(now);
            }
        });
        clinics.setId("clinics");
        clinics.setItems(vm.place().clinics());
        clinics.setPlaceholder(new Label(i18n.get("assist.clinics.empty")));
        vm.place().region().addListener((o, was, r) -> clinics.setPlaceholder(new Label(
                i18n.get(r == null ? "assist.clinics.empty" : "assist.clinics.none"))));
        clinics.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClinicAvailability k, boolean empty) {
                super.updateItem(k, empty);
                if (empty || k == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(k.name());
                title.getStyleClass().add(Styles.TEXT_BOLD);
                Label address = new Label(k.address());
                address.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                Label left = new Label(i18n.get("assist.clinic.available", k.totalAvailable()));
                left.getStyleClass().add(k.totalAvailable() > 0 ? Styles.SUCCESS : Styles.DANGER);
                javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox row = new HBox(12, new VBox(2, title, address), gap, left);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
        bindSelection(clinics, vm.place().clinicProperty());
        VBox.setVgrow(clinics, Priority.ALWAYS);
        Button refresh = new Button(i18n.get("assist.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setId("refreshAvailability");
        refresh.setOnAction(e -> vm.refreshAvailability());
        clinicFilter.setId("clinicFilter");
        clinicFilter.setPromptText(i18n.get("assist.clinics.filter"));
        clinicFilter.setPrefColumnCount(18);
        clinicFilter.textProperty().bindBidirectional(vm.place().filterProperty());
        HBox top = new HBox(10, region, clinicFilter, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, heading("assist.region"), top, clinics);
    }

    private Node date() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.place().clinicProperty().get() == null ? ""
                : i18n.get("assist.dates.for", vm.place().clinicProperty().get().name()), vm.place().clinicProperty()));
        dates.setId("dates");
        dates.setItems(vm.place().dates());
        dates.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DateSlot d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove("slot-full");
                if (empty || d == null) {
                    setText(null);
                    return;
                }
                setText(ConfirmationDocument.dateFormat(i18n).format(d.date()) + "   —   " + (d.available() > 0
                        ? i18n.get("assist.date.available", d.available()) : i18n.get("assist.date.full")));
                if (d.available() <= 0) {
                    getStyleClass().add("slot-full");
                }
            }
        });
        bindSelection(dates, vm.place().dateProperty());
        VBox.setVgrow(dates, Priority.ALWAYS);
        return new VBox(10, title, dates);
    }

    private Node confirm() {
        Label summary = new Label();
        summary.setId("summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(Bindings.createStringBinding(this::summaryText, vm.modeProperty(),
                vm.place().clinicProperty(), vm.place().dateProperty(), vm.personProperty(), vm.stepProperty()));
        ToggleGroup group = new ToggleGroup();
        idCard.setText("1  " + i18n.get("assist.identity." + IdentityCheck.ID_CARD_SEEN.name()));
        idCard.setMnemonicParsing(false);
        idCard.setId("idCard");
        idCard.setUserData(IdentityCheck.ID_CARD_SEEN);
        phoneCallback.setText("2  " + i18n.get("assist.identity." + IdentityCheck.PHONE_CALLBACK.name()));
        phoneCallback.setMnemonicParsing(false);
        phoneCallback.setId("phoneCallback");
        phoneCallback.setUserData(IdentityCheck.PHONE_CALLBACK);
        idCard.setToggleGroup(group);
        phoneCallback.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, was, t) ->
                vm.identityCheckProperty().set(t == null ? null : (IdentityCheck) t.getUserData()));
        vm.identityCheckProperty().addListener((o, was, c) -> group.selectToggle(
                c == null ? null : c == IdentityCheck.ID_CARD_SEEN ? idCard : phoneCallback));
        Label keys = new Label(i18n.get("assist.identity.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        reason.setId("reason");
        reason.setPromptText(i18n.get("assist.reason.prompt"));
        reason.setMaxWidth(480);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonLabel = heading("assist.reason.label");
        VBox reasonBox = new VBox(6, reasonLabel, reason);
        var needsReason = vm.modeProperty().isNotEqualTo(Mode.BOOK);
        reasonBox.visibleProperty().bind(needsReason);
        reasonBox.managedProperty().bind(needsReason);

        submit.setId("submit");
        submit.textProperty().bind(vm.modeProperty().map(m -> i18n.get("assist.submit." + m.name())));
        submit.setGraphic(new FontIcon(Material2AL.CHECK));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> vm.forward());
        return new VBox(10, summary, reasonBox, heading("assist.identity.label"), idCard, phoneCallback, keys, submit);
    }

    private String summaryText() {
        PersonFile p = vm.personProperty().get();
        if (p == null) {
            return "";
        }
        Mode m = vm.modeProperty().get();
        if (m == Mode.CANCEL) {
            Clinic k = vm.bookedClinicProperty().get();
            return p.booking() == null ? "" : i18n.get("assist.summary.CANCEL", p.booking().bookingId(),
                    k == null ? p.booking().clinicId() : k.name(),
                    ConfirmationDocument.dateFormat(i18n).format(p.booking().date()));
        }
        ClinicAvailability k = vm.place().clinicProperty().get();
        DateSlot d = vm.place().dateProperty().get();
        if (k == null || d == null) {
            return "";
        }
        String when = ConfirmationDocument.dateFormat(i18n).format(d.date());
        return m == Mode.MOVE
                ? i18n.get("assist.summary.MOVE", p.booking() == null ? "" : p.booking().bookingId(), k.name(), when)
                : i18n.get("assist.summary.BOOK", p.maskedName(), k.name(), when);
    }

    private Node done() {
        Label text = new Label();
        text.setId("doneText");
        text.setWrapText(true);
        text.getStyleClass().addAll(Styles.TITLE_4, Styles.SUCCESS);
        text.textProperty().bind(vm.doneTextProperty());
        VBox cardHolder = new VBox();
        vm.confirmationProperty().addListener((o, was, c) ->
                cardHolder.getChildren().setAll(c == null ? java.util.List.of() : java.util.List.of(new ConfirmationCard(c, i18n, false))));
        print.setText(i18n.get("assist.print"));
        print.setGraphic(new FontIcon(Material2MZ.PRINT));
        print.setId("printConfirmation");
        save.setText(i18n.get("assist.save"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        save.setId("saveConfirmation");
        var noConfirmation = vm.confirmationProperty().isNull();
        print.disableProperty().bind(noConfirmation);
        save.disableProperty().bind(noConfirmation);
        newCaller.setText(i18n.get("assist.newCaller"));
        newCaller.setGraphic(new FontIcon(Material2MZ.PERSON_ADD));
        newCaller.setId("newCaller");
        newCaller.getStyleClass().add(Styles.ACCENT);
        newCaller.setOnAction(e -> vm.newCaller());
        return new VBox(12, text, cardHolder, new HBox(8, newCaller, print, save));
    }

    private Label heading(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static <T> void bindSelection(ListView<T> list, javafx.beans.property.ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static void pseudo(Node n, String styleClass, boolean on) {
        n.getStyleClass().remove(styleClass);
        if (on) {
            n.getStyleClass().add(styleClass);
        }
    }
}
