package org.yeyak.console.assist;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.assist.AssistApi;
import org.yeyak.client.assist.AssistAnswer;
import org.yeyak.client.assist.AssistBooking;
import org.yeyak.client.Campaign;
import org.yeyak.client.assist.ClinicAvailability;
import org.yeyak.client.Clinic;
import org.yeyak.client.assist.IdentityCheck;
import org.yeyak.client.Region;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;
import org.yeyak.console.ui.TaskHandle;
import org.yeyak.rules.ResidentId;

/**
 * The assisted-booking flow for one caller at a time, as a sequence of steps that
 * {@link #forward()} (Enter) and {@link #back()} (Esc) walk: who (resident id and name) → their
 * eligibility and booking → region and clinic → date → how identity was confirmed → done. An
 * existing booking can be moved (clinic → date → confirm) or cancelled (confirm), with a reason.
 * Every server call runs through the {@link TaskExecutor}; a refusal lands in
 * {@link #refusalProperty()} as a sentence to read out. The full resident id lives only in a
 * {@link ResidentId} field here, never in a property a view could show.
 */
public final class AssistViewModel {
    public enum Step { PERSON, REVIEW, CLINIC, DATE, CONFIRM, DONE }

    public enum Mode { BOOK, MOVE, CANCEL }

    static final int MAX_NAME = 50;
    static final int MAX_REASON = 200;

    private final AssistApi api;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final SessionHistory history;
    /** The current booking choice and its Idempotency-Key (see {@link #bookingKey}). */
    private List<Object> bookingKeyFor;
    private String bookingKey;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PERSON);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.BOOK);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty refusal = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<Region> regions = FXCollections.observableArrayList();

    private final ResidentIdField residentId;
    private final StringProperty name = new SimpleStringProperty("");

    private final ObjectProperty<PersonFile> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Clinic> bookedClinic = new SimpleObjectProperty<>();
    private final StringProperty eligibilityText = new SimpleStringProperty("");

    private final PlaceChoice place;

    private final ObjectProperty<IdentityCheck> identityCheck = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>();
    private final StringProperty doneText = new SimpleStringProperty("");

    private TaskHandle running = TaskHandle.DONE;
    private boolean loaded;

    public AssistViewModel(AssistApi api, TaskExecutor executor, I18n i18n, SessionHistory history) {
        this.api = api;
        this.executor = executor;
        this.i18n = i18n;
        this.history = history;
        this.residentId = new ResidentIdField(i18n);
        this.place = new PlaceChoice(api, executor, e -> refusal.set(RefusalText.of(e, i18n)));
    }

    // ----- page life -----

    /** Loads the campaigns and regions the first time the page is shown. */
    public void load() {
        if (loaded) {
            return;
        }
        run(BackgroundTask.wrap(() -> new Setup(api.campaigns(), api.regions(), api.serverNow().toInstant()))
                .onSuccess(s -> {
                    loaded = true;
                    campaigns.setAll(s.campaigns());
                    regions.setAll(s.regions().stream().sorted(Comparator.comparing(Region::code)).toList());
                    campaign.set(s.campaigns().stream().filter(k -> runsAt(k, s.now())).findFirst()
                            .orElse(s.campaigns().isEmpty() ? null : s.campaigns().getLast()));
                    if (campaign.get() == null) {
                        refusal.set(i18n.get("assist.noCampaign"));
                    }
                }));
    }

    /** True while some window of the campaign is open or still to come: the one staff book within. */
    static boolean runsAt(Campaign k, Instant now) {
        return k.windows() != null && k.windows().stream()
                .anyMatch(w -> w.closesAt() != null && w.closesAt().toInstant().isAfter(now));
    }

    private record Setup(List<Campaign> campaigns, List<Region> regions, Instant now) {
    }

    /** Stops what is running (the page is left). */
    public void stop() {
        running.cancel();
        running = TaskHandle.DONE;
        place.stop();
        busy.set(false);
    }

    // ----- keyboard: Enter and Esc -----

    /** Enter: the next step, when the current one is complete. */
    public void forward() {
        if (busy.get()) {
            return;
        }
        switch (step.get()) {
            case PERSON -> lookUp();
            case REVIEW -> {
                PersonFile p = person.get();
                if (p != null && p.booking() == null && p.eligible()) {
                    mode.set(Mode.BOOK);
                    toPlace();
                }
            }
            case CLINIC -> {
                if (place.takeClinic()) {
                    go(Step.DATE);
                }
            }
            case DATE -> {
                if (place.dateOpen()) {
                    go(Step.CONFIRM);
                }
            }
            case CONFIRM -> submit();
            case DONE -> newCaller();
        }
    }

    /** Esc: one step back; on the first step, clear what was typed (the resident id first). */
    public void back() {
        stop();
        refusal.set("");
        switch (step.get()) {
            case PERSON -> {
                if (residentIdEntered()) {
                    residentId.clear();
                } else {
                    name.set("");
                }
            }
            case REVIEW -> {
                residentId.clear();
                person.set(null);
                go(Step.PERSON);
            }
            case CLINIC -> go(Step.REVIEW);
            case DATE -> go(Step.CLINIC);
            case CONFIRM -> go(mode.get() == Mode.CANCEL ? Step.REVIEW : Step.DATE);
            case DONE -> newCaller();
        }
    }

    /** Ready for the next caller: everything about the last one is forgotten (history aside). */
    public void newCaller() {
        stop();
        residentId.clear();
        name.set("");
        person.set(null);
        bookedClinic.set(null);
        eligibilityText.set("");
        place.clear();
        identityCheck.set(null);
        reason.set("");
        confirmation.set(null);
        doneText.set("");
        refusal.set("");
        notice.set("");
        mode.set(Mode.BOOK);
        go(Step.PERSON);
    }

    // ----- step 1: who -----

    /** The resident-id field changed: validate as typed; a complete valid number is taken and masked. */
    public void residentIdTyped(String text) {
        residentId.typed(text);
    }

    public boolean residentIdEntered() {
        return residentId.id() != null;
    }

    public boolean canLookUp() {
        return residentIdEntered() && !name.get().isBlank() && name.get().strip().length() <= MAX_NAME
                && campaign.get() != null;
    }

    private void lookUp() {
        if (!canLookUp()) {
            return;
        }
        lookUp(null);
    }

    /**
     * Looks the person up; {@code keepRefusal}, when given, stays shown (an "already booked"
     * refusal). The calls that follow name the person by the answer's {@code personRef}; the
     * number itself stays only in memory, for a second look-up during the same call, and is
     * dropped with the caller.
     */
    private void lookUp(String keepRefusal) {
        ResidentId id = residentId.id();
        String who = name.get().strip();
        String campaignId = campaign.get().id();
        refusal.set("");
        run(BackgroundTask.wrap(() -> {
            PersonFile p = PersonFile.of(api.lookUp(campaignId, id), campaignId, who);
            Clinic where = p.booking() == null ? null : api.clinic(p.booking().clinicId());
            return new Found(p, where);
        }).onSuccess(f -> {
            showPerson(f.person(), f.clinic());
            refusal.set(keepRefusal == null ? "" : keepRefusal);
            go(Step.REVIEW);
        }));
    }

    private void showPerson(PersonFile p, Clinic bookedAt) {
        person.set(p);
        bookedClinic.set(bookedAt);
        String why = RefusalText.of(p.eligibility(), i18n);
        eligibilityText.set(why != null ? why : i18n.get(p.booking() != null ? "assist.eligible.booked" : "assist.eligible"));
    }

    private record Found(PersonFile person, Clinic clinic) {
    }

    // ----- step 2: an existing booking -----

    public boolean hasBooking() {
        return person.get() != null && person.get().booking() != null;
    }

    /** Move the existing booking: choose a clinic and date as for a new one. */
    public void startMove() {
        if (hasBooking() && !busy.get()) {
            mode.set(Mode.MOVE);
            refusal.set("");
            toPlace();
        }
    }

    /** Cancel the existing booking: straight to the identity and reason step. */
    public void startCancel() {
        if (hasBooking() && !busy.get()) {
            mode.set(Mode.CANCEL);
            refusal.set("");
            go(Step.CONFIRM);
        }
    }

    // ----- steps 3 and 4: where and when -----

    /** A region was chosen: load its clinics with what this person may book now. */
    public void chooseRegion(Region r) {
        place.regionProperty().set(r);
        refreshAvailability();
    }

    /** Reloads the region's clinics and their doses left (F5, every few seconds, and after a full slot). */
    public void refreshAvailability() {
        PersonFile p = person.get();
        place.load(campaign.get() == null ? null : campaign.get().id(), p == null ? null : p.personRef());
    }

    private void toPlace() {
        go(Step.CLINIC);
        refreshAvailability();
    }

    /** The region, clinics and dates being chosen. */
    public PlaceChoice place() {
        return place;
    }

    // ----- step 5: identity, reason, submit -----

    public boolean canSubmit() {
        if (identityCheck.get() == null || person.get() == null) {
            return false;
        }
        if (mode.get() != Mode.BOOK) {
            String r = reason.get().strip();
            if (r.isEmpty() || r.length() > MAX_REASON) {
                return false;
            }
        }
        return mode.get() == Mode.CANCEL || (place.clinicProperty().get() != null && place.dateOpen());
    }

    private void submit() {
        if (!canSubmit()) {
            refusal.set(i18n.get(identityCheck.get() == null ? "assist.confirm.needIdentity" : "assist.confirm.needReason"));
            return;
        }
        refusal.set("");
        Mode m = mode.get();
        String campaignId = campaign.get().id();
        IdentityCheck check = identityCheck.get();
        String why = reason.get().strip();
        PersonFile p = person.get();
        ClinicAvailability where = place.clinicProperty().get();
        DateSlot when = place.dateProperty().get();
        String key = m == Mode.BOOK ? bookingKey(List.of(campaignId, p.personRef(), where.clinicId(), when.date())) : null;
        run(BackgroundTask.wrap(() -> switch (m) {
            case BOOK -> api.book(campaignId, p.personRef(), where.clinicId(), when.date(), check, key);
            case MOVE -> api.move(p.personRef(), p.booking().bookingId(), where.clinicId(), when.date(), check, why);
            case CANCEL -> api.cancel(p.personRef(), p.booking().bookingId(), check, why);
        }).onSuccess(b -> done(m, p, b, where)), e -> refused(m, p, e));
    }

    /**
     * The Idempotency-Key of this booking: the same for the same person, clinic and date until it
     * is booked, so pressing Book again after an answer that never came (a timeout) gets the same
     * booking back rather than "already booked"; a new one for any other choice.
     */
    private String bookingKey(List<Object> choice) {
        if (!choice.equals(bookingKeyFor)) {
            bookingKeyFor = choice;
            bookingKey = java.util.UUID.randomUUID().toString();
        }
        return bookingKey;
    }

    private void done(Mode m, PersonFile p, AssistAnswer answer, ClinicAvailability where) {
        if (m == Mode.BOOK) {
            bookingKeyFor = null;
        }
        AssistBooking b = answer.booking();
        String number = b.bookingId();
        person.set(p.withBooking(b));
        if (m == Mode.CANCEL) {
            confirmation.set(null);
            Clinic k = bookedClinic.get();
            String place = (k == null ? p.booking().clinicId() : k.name()) + ", "
                    + i18n.date().format(p.booking().date());
            doneText.set(i18n.get("assist.done.cancelled", number));
            history.add("CANCELLED", p.maskedResidentId(), p.maskedName(), number, place + " · " + reason.get().strip());
        } else {
            Confirmation c = new Confirmation(number, campaign.get().name(), where.name(), where.address(), b.date(),
                    b.vaccine() != null ? b.vaccine() : where.vaccine(), p.maskedName(), p.maskedResidentId());
            confirmation.set(c);
            doneText.set(i18n.get(m == Mode.MOVE ? "assist.done.moved" : "assist.done.booked", number));
            history.add(m == Mode.MOVE ? "MOVED" : "BOOKED", p.maskedResidentId(), p.maskedName(), number,
                    where.name() + ", " + i18n.date().format(b.date()));
        }
        go(Step.DONE);
    }

    private void refused(Mode m, PersonFile p, Throwable e) {
        String sentence = RefusalText.of(e, i18n);
        String code = RefusalText.code(e);
        if (RefusalText.isRuleRefusal(code)) {
            history.add("REFUSED", p.maskedResidentId(), p.maskedName(), null, sentence);
        }
        if ("SLOT_FULL".equals(code)) {
            refusal.set(sentence);
            go(Step.DATE);
            refreshAvailability();
        } else if (("ALREADY_BOOKED".equals(code) && m == Mode.BOOK) || RefusalText.personRefExpired(e)) {
            lookUp(sentence); // show the booking that is there, or name the person afresh
        } else {
            refusal.set(sentence);
        }
    }

    // ----- after booking -----

    /** Writes the confirmation as an HTML page (in the background); {@code onSaved} gets the path. */
    public void saveConfirmation(java.nio.file.Path file, java.util.function.Consumer<java.nio.file.Path> onSaved) {
        Confirmation c = confirmation.get();
        if (c == null) {
            return;
        }
        String html = ConfirmationDocument.html(c, i18n);
        run(BackgroundTask.wrap(() -> java.nio.file.Files.writeString(file, html, java.nio.charset.StandardCharsets.UTF_8))
                .onSuccess(onSaved));
    }

    // ----- plumbing -----

    private void go(Step s) {
        step.set(s);
    }

    /** Runs one server call; a failure becomes a sentence in {@link #refusalProperty()} unless the task handles it. */
    private <V> void run(BackgroundTask<V> task) {
        run(task, e -> refusal.set(RefusalText.of(e, i18n)));
    }

    private <V> void run(BackgroundTask<V> task, java.util.function.Consumer<Throwable> onFailure) {
        running.cancel();
        running = task.onRunning(() -> busy.set(true))
                .onFailure(onFailure)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ----- what the view binds to -----

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The last refusal or error, as a sentence to read out; empty when there is none. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal;
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<Region> regions() {
        return regions;
    }

    public ReadOnlyStringProperty idHintProperty() {
        return residentId.hint();
    }

    public ReadOnlyBooleanProperty idWrongProperty() {
        return residentId.wrong();
    }

    /** The resident id as shown once entered ({@code 900519-1******}); empty until then. */
    public ReadOnlyStringProperty maskedResidentIdProperty() {
        return residentId.masked();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<PersonFile> personProperty() {
        return person;
    }

    /** The clinic of the person's existing booking (name and address), when they have one. */
    public ReadOnlyObjectProperty<Clinic> bookedClinicProperty() {
        return bookedClinic;
    }

    public ReadOnlyStringProperty eligibilityTextProperty() {
        return eligibilityText;
    }

    public ObjectProperty<IdentityCheck> identityCheckProperty() {
        return identityCheck;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The confirmation of the booking just made or moved (null after a cancellation). */
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty doneTextProperty() {
        return doneText;
    }

    public SessionHistory history() {
        return history;
    }

    public I18n i18n() {
        return i18n;
    }
}
