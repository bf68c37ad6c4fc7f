package org.yeyak.console.campaigns;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.ApiProblemException;
import org.yeyak.client.Campaign;
import org.yeyak.client.CampaignForm;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.CatchUpWindow;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.rules.OpenPeriod;
import org.yeyak.rules.ScheduleWarning;

/**
 * One campaign being created or edited. Every field is a property; {@link #problems()} says
 * what is wrong with which field (the View shows it through ControlsFX validation and keeps
 * Save disabled until there is nothing), and the schedule's month-end warnings, the calendar
 * and the expected demand follow every change. The digit schedule starts as the announced
 * rule (day of month), which is what officials expect and what breaks across a month end:
 * the page then shows the warning and offers the sequential schedule as the fix.
 */
public final class CampaignFormViewModel {
    public enum CohortMode { BIRTH_DATES, AGES }

    public enum Field {
        ID, NAME, BORN_FROM, BORN_TO, MIN_AGE, MAX_AGE, AGES_ON, FIRST_DAY, OPENS_AT, CLOSES_AT, CATCH_UP,
        OPEN_FROM, OPEN_TO, VACCINATION_FROM, VACCINATION_TO, VACCINE, VIAL_SIZE
    }

    static final int MAX_VACCINATION_DAYS = 366;
    static final int MAX_VIAL_SIZE = 20;
    /** Doses per vial of the usual vaccines, to fill the vial size when a vaccine is chosen. */
    public static final Map<String, Integer> VIALS = Map.of("Pfizer", 6, "Moderna", 10, "AstraZeneca", 10, "Janssen", 5);

    private final YeyakClient client;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final String existingId;
    private final Consumer<Campaign> onSaved;
    private final List<org.yeyak.client.Clinic> clinics;

    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CohortMode> cohortMode = new SimpleObjectProperty<>(CohortMode.BIRTH_DATES);
    private final ObjectProperty<LocalDate> bornFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> bornTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minAge = new SimpleObjectProperty<>(18);
    private final ObjectProperty<Integer> maxAge = new SimpleObjectProperty<>(49);
    private final ObjectProperty<LocalDate> agesOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstBookingDay = new SimpleObjectProperty<>();
    private final ObjectProperty<DigitSchedule> schedule = new SimpleObjectProperty<>();
    private final StringProperty opensAt = new SimpleStringProperty("20:00");
    private final StringProperty closesAt = new SimpleStringProperty("18:00");
    private final ObservableList<CampaignForm.CatchUp> catchUp = FXCollections.observableArrayList();
    private final BooleanProperty openPeriod = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> openFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> openTo = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> vaccinationFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> vaccinationTo = new SimpleObjectProperty<>();
    private final StringProperty vaccine = new SimpleStringProperty("");
    private final ObjectProperty<Integer> vialSize = new SimpleObjectProperty<>();
    private final BooleanProperty assistedFollowsDigitDays = new SimpleBooleanProperty(true);

    private final ReadOnlyObjectWrapper<Map<Field, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<ScheduleWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<CampaignSchedule>> campaignSchedule = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<DemandEstimate.Demand>> demand = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Map<LocalDate, Long>> capacity = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanBinding valid;
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty saveError = new SimpleStringProperty("");
    private final ObjectProperty<Field> serverField = new SimpleObjectProperty<>();

    /** {@code existing}: the campaign to edit, or null for a new one. */
    public CampaignFormViewModel(YeyakClient client, TaskExecutor executor, I18n i18n, Campaign existing,
                                 Consumer<Campaign> onSaved) {
        this(client, executor, i18n, existing, onSaved, List.of());
    }

    /** {@code clinics}: the server's clinics, for the doses they can give per booking day (may be empty). */
    public CampaignFormViewModel(YeyakClient client, TaskExecutor executor, I18n i18n, Campaign existing,
                                 Consumer<Campaign> onSaved, List<org.yeyak.client.Clinic> clinics) {
        this.clinics = List.copyOf(clinics);
        this.client = client;
        this.executor = executor;
        this.i18n = i18n;
        this.existingId = existing == null ? null : existing.id();
        this.onSaved = onSaved;
        if (existing != null) {
            load(existing);
        }
        firstBookingDay.addListener((o, was, now) -> schedule.set(now == null ? null : DigitSchedule.fromStart(now)));
        vaccine.addListener((o, was, now) -> {
            Integer vial = VIALS.get(now == null ? "" : now.strip());
            if (vial != null) {
                vialSize.set(vial);
            }
        });
        Observable[] inputs = {id, name, cohortMode, bornFrom, bornTo, minAge, maxAge, agesOn, firstBookingDay, schedule,
                opensAt, closesAt, catchUp, openPeriod, openFrom, openTo, vaccinationFrom, vaccinationTo, vaccine, vialSize};
        for (Observable input : inputs) {
            input.addListener(o -> recompute());
        }
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
        recompute();
    }

    private void load(Campaign c) {
        id.set(c.id());
        name.set(c.name());
        bornFrom.set(c.cohort().bornFrom());
        bornTo.set(c.cohort().bornTo());
        firstBookingDay.set(c.bookingDays().getFirst());
        schedule.set(Schedules.fromServer(c.digitDates()));
        opensAt.set(c.opensAt().toString());
        closesAt.set(c.closesAt().toString());
        catchUp.setAll(c.catchUp());
        if (c.openPeriod() != null) {
            openPeriod.set(true);
            openFrom.set(c.openPeriod().firstDay());
            openTo.set(c.openPeriod().lastDay());
        }
        vaccinationFrom.set(c.vaccinationFrom());
        vaccinationTo.set(c.vaccinationTo());
        vaccine.set(c.vaccine());
        vialSize.set(c.vialSize());
        assistedFollowsDigitDays.set(c.assistedFollowsDigitDays());
    }

    // ----- derived state -----

    private void recompute() {
        Map<Field, String> p = new EnumMap<>(Field.class);
        if (!editing()) {
            if (id.get().isBlank()) {
                p.put(Field.ID, i18n.get("validation.required"));
            } else if (!id.get().matches("[a-z0-9][a-z0-9-]{0,63}")) {
                p.put(Field.ID, i18n.get("validation.id"));
            }
        }
        if (name.get().isBlank()) {
            p.put(Field.NAME, i18n.get("validation.required"));
        } else if (name.get().strip().length() > 200) {
            p.put(Field.NAME, i18n.get("validation.tooLong", 200));
        }
        Optional<Cohort> cohort = cohort(p);
        DigitSchedule digits = schedule.get();
        if (firstBookingDay.get() == null || digits == null) {
            p.put(Field.FIRST_DAY, i18n.get("validation.required"));
        }
        Optional<LocalTime> open = time(opensAt.get(), Field.OPENS_AT, p);
        Optional<LocalTime> close = time(closesAt.get(), Field.CLOSES_AT, p);
        if (open.isPresent() && close.isPresent() && close.get().isAfter(open.get())) {
            p.put(Field.CLOSES_AT, i18n.get("validation.closesNextDay"));
        }
        if (digits != null) {
            checkCatchUp(cohort, digits, p);
            checkOpenPeriod(digits, p);
        }
        checkVaccination(digits, p);
        if (vaccine.get().isBlank()) {
            p.put(Field.VACCINE, i18n.get("validation.required"));
        } else if (vaccine.get().strip().length() > 64) {
            p.put(Field.VACCINE, i18n.get("validation.tooLong", 64));
        }
        if (vialSize.get() == null || vialSize.get() < 1 || vialSize.get() > MAX_VIAL_SIZE) {
            p.put(Field.VIAL_SIZE, i18n.get("validation.vialSize", MAX_VIAL_SIZE));
        }
        problems.set(Map.copyOf(p));
        warnings.setAll(digits == null ? List.of() : digits.warnings());
        campaignSchedule.set(buildSchedule(cohort, digits, open, close));
        demand.set(cohort.isPresent() && digits != null
                ? Optional.of(DemandEstimate.of(cohort.get(), digits, digits.firstDay()))
                : Optional.empty());
        capacity.set(capacityPerBookingDay(digits, p));
    }

    private Optional<Cohort> cohort(Map<Field, String> p) {
        if (cohortMode.get() == CohortMode.AGES) {
            Integer min = minAge.get();
            Integer max = maxAge.get();
            if (min == null || min < 0 || min > 130) {
                p.put(Field.MIN_AGE, i18n.get("validation.age"));
            }
            if (max == null || max < 0 || max > 130) {
                p.put(Field.MAX_AGE, i18n.get("validation.age"));
            } else if (min != null && max < min) {
                p.put(Field.MAX_AGE, i18n.get("validation.maxAge"));
            }
            if (agesOn.get() == null) {
                p.put(Field.AGES_ON, i18n.get("validation.required"));
            }
            if (p.containsKey(Field.MIN_AGE) || p.containsKey(Field.MAX_AGE) || p.containsKey(Field.AGES_ON)) {
                return Optional.empty();
            }
            return Optional.of(Cohort.agesOn(min, max, agesOn.get()));
        }
        if (bornFrom.get() == null) {
            p.put(Field.BORN_FROM, i18n.get("validation.required"));
        }
        if (bornTo.get() == null) {
            p.put(Field.BORN_TO, i18n.get("validation.required"));
        } else if (bornFrom.get() != null && bornTo.get().isBefore(bornFrom.get())) {
            p.put(Field.BORN_TO, i18n.get("validation.endsBeforeStart"));
        }
        if (p.containsKey(Field.BORN_FROM) || p.containsKey(Field.BORN_TO)) {
            return Optional.empty();
        }
        return Optional.of(new Cohort(bornFrom.get(), bornTo.get()));
    }

    private Optional<LocalTime> time(String text, Field field, Map<Field, String> p) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            p.put(field, i18n.get("validation.time"));
            return Optional.empty();
        }
    }

    private void checkCatchUp(Optional<Cohort> cohort, DigitSchedule digits, Map<Field, String> p) {
        for (CampaignForm.CatchUp c : catchUp) {
            if (!c.day().isAfter(digits.lastDay())) {
                p.put(Field.CATCH_UP, i18n.get("validation.catchUpAfter", c.label(), digits.lastDay()));
                return;
            }
            if (cohort.isPresent() && !cohort.get().contains(new Cohort(c.bornFrom(), c.bornTo()))) {
                p.put(Field.CATCH_UP, i18n.get("validation.catchUpCohort", c.label()));
                return;
            }
        }
    }

    private void checkOpenPeriod(DigitSchedule digits, Map<Field, String> p) {
        if (!openPeriod.get()) {
            return;
        }
        LocalDate after = catchUp.stream().map(CampaignForm.CatchUp::day).max(LocalDate::compareTo)
                .filter(d -> d.isAfter(digits.lastDay())).orElse(digits.lastDay());
        if (openFrom.get() == null) {
            p.put(Field.OPEN_FROM, i18n.get("validation.required"));
        } else if (!openFrom.get().isAfter(after)) {
            p.put(Field.OPEN_FROM, i18n.get("validation.openAfter", after));
        }
        if (openTo.get() == null) {
            p.put(Field.OPEN_TO, i18n.get("validation.required"));
        } else if (openFrom.get() != null && openTo.get().isBefore(openFrom.get())) {
            p.put(Field.OPEN_TO, i18n.get("validation.endsBeforeStart"));
        }
    }

    private void checkVaccination(DigitSchedule digits, Map<Field, String> p) {
        LocalDate from = vaccinationFrom.get();
        LocalDate to = vaccinationTo.get();
        if (from == null) {
            p.put(Field.VACCINATION_FROM, i18n.get("validation.required"));
        } else if (digits != null && from.isBefore(digits.firstDay())) {
            p.put(Field.VACCINATION_FROM, i18n.get("validation.vaccinationAfter", digits.firstDay()));
        }
        if (to == null) {
            p.put(Field.VACCINATION_TO, i18n.get("validation.required"));
        } else if (from != null && to.isBefore(from)) {
            p.put(Field.VACCINATION_TO, i18n.get("validation.endsBeforeStart"));
        } else if (from != null && ChronoUnit.DAYS.between(from, to) >= MAX_VACCINATION_DAYS) {
            p.put(Field.VACCINATION_TO, i18n.get("validation.vaccinationLength", MAX_VACCINATION_DAYS));
        }
    }

    private Optional<CampaignSchedule> buildSchedule(Optional<Cohort> cohort, DigitSchedule digits,
                                                     Optional<LocalTime> open, Optional<LocalTime> close) {
        if (cohort.isEmpty() || digits == null || open.isEmpty() || close.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<CatchUpWindow> windows = catchUp.stream()
                    .map(c -> new CatchUpWindow(c.label(), new Cohort(c.bornFrom(), c.bornTo()), c.day())).toList();
            OpenPeriod period = openPeriod.get() && openFrom.get() != null && openTo.get() != null
                    && !openTo.get().isBefore(openFrom.get()) ? new OpenPeriod(openFrom.get(), openTo.get()) : null;
            return Optional.of(new CampaignSchedule(cohort.get(), digits, CampaignSchedule.SEOUL, open.get(), close.get(),
                    windows, period));
        } catch (IllegalArgumentException e) {
            // Shown through the field problems; the calendar then shows the digit days alone.
            return Optional.of(CampaignSchedule.standard(cohort.get(), digits));
        }
    }

    /**
     * What the clinics can give each booking day: every open clinic giving this vaccine, its daily
     * capacity over the vaccination dates, split evenly over the booking days (one tranche each,
     * DESIGN.md rule 7). Empty when the server listed no clinics or the dates are not set.
     */
    private Map<LocalDate, Long> capacityPerBookingDay(DigitSchedule digits, Map<Field, String> p) {
        if (clinics.isEmpty() || digits == null || p.containsKey(Field.VACCINATION_FROM)
                || p.containsKey(Field.VACCINATION_TO)) {
            return Map.of();
        }
        String v = vaccine.get().strip();
        long perDay = clinics.stream()
                .filter(k -> k.active() && (k.vaccine() == null || k.vaccine().equalsIgnoreCase(v)))
                .mapToLong(org.yeyak.client.Clinic::dailyCapacity).sum();
        long days = ChronoUnit.DAYS.between(vaccinationFrom.get(), vaccinationTo.get()) + 1;
        List<LocalDate> bookingDays = digits.bookingDays();
        Map<LocalDate, Long> out = new TreeMap<>();
        bookingDays.forEach(d -> out.put(d, perDay * days / bookingDays.size()));
        return out;
    }

    // ----- commands -----

    /** The official sets (or clears, with null) the booking day of one digit. */
    public void setDigitDate(int digit, LocalDate date) {
        DigitSchedule current = schedule.get();
        Map<Integer, LocalDate> map = new TreeMap<>(current == null ? Map.of() : current.dates());
        if (date == null) {
            map.remove(digit);
        } else {
            map.put(digit, date);
        }
        schedule.set(map.isEmpty() ? null : DigitSchedule.of(map));
    }

    /** Takes the proposed fix: ten days from the same first day, one digit each. */
    public void applyProposedFix() {
        if (schedule.get() != null) {
            schedule.set(schedule.get().proposedFix());
        }
    }

    /** Adds a catch-up day; empty when accepted, else why not (the form stays as it was). */
    public Optional<String> addCatchUp(String label, LocalDate from, LocalDate to, LocalDate day) {
        if (label == null || label.isBlank() || from == null || to == null || day == null) {
            return Optional.of(i18n.get("validation.catchUpFields"));
        }
        if (to.isBefore(from)) {
            return Optional.of(i18n.get("validation.endsBeforeStart"));
        }
        DigitSchedule digits = schedule.get();
        if (digits != null && !day.isAfter(digits.lastDay())) {
            return Optional.of(i18n.get("validation.catchUpAfter", label.strip(), digits.lastDay()));
        }
        Cohort sub = new Cohort(from, to);
        for (CampaignForm.CatchUp c : catchUp) {
            if (c.day().equals(day) && new Cohort(c.bornFrom(), c.bornTo()).overlaps(sub)) {
                return Optional.of(i18n.get("validation.catchUpOverlap", c.label()));
            }
        }
        catchUp.add(new CampaignForm.CatchUp(label.strip(), from, to, day));
        return Optional.empty();
    }

    public void removeCatchUp(CampaignForm.CatchUp c) {
        catchUp.remove(c);
    }

    /** What would be sent: the digit map as the official sees it. */
    public CampaignForm toForm() {
        Cohort c = campaignSchedule.get().map(CampaignSchedule::cohort).orElseThrow();
        Map<String, List<LocalDate>> digitDates = new TreeMap<>();
        schedule.get().allDates().forEach((digit, days) -> digitDates.put(String.valueOf(digit), days));
        return new CampaignForm(editing() ? existingId : id.get().strip(), name.get().strip(),
                new CampaignForm.Cohort(c.bornFrom(), c.bornTo()), digitDates, null, null, CampaignSchedule.SEOUL.getId(),
                LocalTime.parse(opensAt.get().strip()), LocalTime.parse(closesAt.get().strip()), new ArrayList<>(catchUp),
                openPeriod.get() ? new CampaignForm.Period(openFrom.get(), openTo.get()) : null,
                vaccinationFrom.get(), vaccinationTo.get(), vaccine.get().strip(), vialSize.get(),
                assistedFollowsDigitDays.get());
    }

    /** Sends the campaign in the background; the server's refusal shows as its title and detail. */
    public void save() {
        if (!valid.get() || saving.get()) {
            return;
        }
        CampaignForm form = toForm();
        BackgroundTask.wrap(() -> editing() ? client.updateCampaign(existingId, form) : client.createCampaign(form))
                .onRunning(() -> {
                    saving.set(true);
                    saveError.set("");
                    serverField.set(null);
                })
                .onSuccess(onSaved)
                .onFailure(e -> {
                    saveError.set(ErrorText.of(e, i18n).line());
                    if (e instanceof ApiProblemException p) {
                        serverField.set(Schedules.fieldOf(p.problem().extension("field")));
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    // ----- accessors -----

    public boolean editing() {
        return existingId != null;
    }

    public Optional<String> problem(Field f) {
        return Optional.ofNullable(problems.get().get(f));
    }

    public ReadOnlyObjectProperty<Map<Field, String>> problems() {
        return problems.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ObservableList<ScheduleWarning> warnings() {
        return warnings;
    }

    public ReadOnlyObjectProperty<Optional<CampaignSchedule>> campaignScheduleProperty() {
        return campaignSchedule.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<DemandEstimate.Demand>> demandProperty() {
        return demand.getReadOnlyProperty();
    }

    /** Doses the clinics can give per booking day (empty when unknown). */
    public ReadOnlyObjectProperty<Map<LocalDate, Long>> capacityProperty() {
        return capacity.getReadOnlyProperty();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CohortMode> cohortModeProperty() {
        return cohortMode;
    }

    public ObjectProperty<LocalDate> bornFromProperty() {
        return bornFrom;
    }

    public ObjectProperty<LocalDate> bornToProperty() {
        return bornTo;
    }

    public ObjectProperty<Integer> minAgeProperty() {
        return minAge;
    }

    public ObjectProperty<Integer> maxAgeProperty() {
        return maxAge;
    }

    public ObjectProperty<LocalDate> agesOnProperty() {
        return agesOn;
    }

    public ObjectProperty<LocalDate> firstBookingDayProperty() {
        return firstBookingDay;
    }

    public ObjectProperty<DigitSchedule> scheduleProperty() {
        return schedule;
    }

    public StringProperty opensAtProperty() {
        return opensAt;
    }

    public StringProperty closesAtProperty() {
        return closesAt;
    }

    public ObservableList<CampaignForm.CatchUp> catchUp() {
        return catchUp;
    }

    public BooleanProperty openPeriodProperty() {
        return openPeriod;
    }

    public ObjectProperty<LocalDate> openFromProperty() {
        return openFrom;
    }

    public ObjectProperty<LocalDate> openToProperty() {
        return openTo;
    }

    public ObjectProperty<LocalDate> vaccinationFromProperty() {
        return vaccinationFrom;
    }

    public ObjectProperty<LocalDate> vaccinationToProperty() {
        return vaccinationTo;
    }

    public StringProperty vaccineProperty() {
        return vaccine;
    }

    public ObjectProperty<Integer> vialSizeProperty() {
        return vialSize;
    }

    /** True: staff-assisted bookings keep to the person's own days, like online ones. */
    public BooleanProperty assistedFollowsDigitDaysProperty() {
        return assistedFollowsDigitDays;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty saveErrorProperty() {
        return saveError;
    }

    /** The field the server named in its refusal, if any (to highlight it). */
    public ObjectProperty<Field> serverFieldProperty() {
        return serverField;
    }
}
