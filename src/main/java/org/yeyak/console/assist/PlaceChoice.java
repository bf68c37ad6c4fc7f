package org.yeyak.console.assist;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.yeyak.client.Region;
import org.yeyak.client.assist.AssistApi;
import org.yeyak.client.assist.ClinicAvailability;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.TaskExecutor;
import org.yeyak.console.ui.TaskHandle;

/**
 * Where and when: a region, its clinics with the doses this person may book now (filtered by what
 * staff type: a district, a street, part of a name), the chosen clinic and its dates. Reloading
 * keeps the choice when it is still there, so the live refresh never moves the cursor.
 */
public final class PlaceChoice {
    private final AssistApi api;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onFailure;

    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObservableList<ClinicAvailability> all = FXCollections.observableArrayList();
    private final FilteredList<ClinicAvailability> clinics = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ClinicAvailability> clinic = new SimpleObjectProperty<>();
    private final ObservableList<DateSlot> dates = FXCollections.observableArrayList();
    private final ObjectProperty<DateSlot> date = new SimpleObjectProperty<>();
    private TaskHandle loading = TaskHandle.DONE;

    PlaceChoice(AssistApi api, TaskExecutor executor, Consumer<Throwable> onFailure) {
        this.api = api;
        this.executor = executor;
        this.onFailure = onFailure;
        clinic.addListener((o, was, now) -> dates.setAll(now == null ? List.of()
                : now.available().entrySet().stream().map(e -> new DateSlot(e.getKey(), e.getValue())).toList()));
        filter.addListener((o, was, now) -> {
            String f = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            clinics.setPredicate(f.isEmpty() ? null : k -> (k.name() + " " + k.address()).toLowerCase(Locale.ROOT)
                    .contains(f));
        });
    }

    /**
     * Loads the region's clinics for the person named by {@code personRef}. Its own task handle
     * and no busy flag: the periodic refresh must neither block Enter nor cancel a booking call.
     */
    void load(String campaignId, String personRef) {
        Region r = region.get();
        if (r == null || personRef == null || campaignId == null) {
            return;
        }
        String keepClinic = clinic.get() == null ? null : clinic.get().clinicId();
        java.time.LocalDate keepDate = date.get() == null ? null : date.get().date();
        loading.cancel();
        loading = BackgroundTask.wrap(() -> api.availability(campaignId, personRef, r.code()))
                .onSuccess(list -> {
                    all.setAll(list.stream()
                            .sorted(Comparator.comparing(ClinicAvailability::totalAvailable).reversed()
                                    .thenComparing(ClinicAvailability::name))
                            .toList());
                    clinic.set(all.stream().filter(k -> k.clinicId().equals(keepClinic)).findFirst().orElse(null));
                    date.set(dates.stream().filter(d -> d.date().equals(keepDate)).findFirst().orElse(null));
                })
                .onFailure(onFailure)
                .executeWith(executor);
    }

    /** The chosen clinic has a date with doses left: the first such date is chosen. */
    boolean takeClinic() {
        if (clinic.get() == null || clinic.get().totalAvailable() <= 0) {
            return false;
        }
        if (date.get() == null || !date.get().open()) {
            date.set(dates.stream().filter(DateSlot::open).findFirst().orElse(null));
        }
        return true;
    }

    boolean dateOpen() {
        return date.get() != null && date.get().open();
    }

    void stop() {
        loading.cancel();
        loading = TaskHandle.DONE;
    }

    /** Forgets the clinic, date and filter; the region stays (staff often serve one area). */
    void clear() {
        stop();
        filter.set("");
        all.clear();
        clinic.set(null);
        date.set(null);
    }

    ObjectProperty<Region> regionProperty() {
        return region;
    }

    /** The region's clinics that match the filter, most doses left first. */
    public ObservableList<ClinicAvailability> clinics() {
        return clinics;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ClinicAvailability> clinicProperty() {
        return clinic;
    }

    public ObservableList<DateSlot> dates() {
        return dates;
    }

    public ObjectProperty<DateSlot> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<Region> region() {
        return region;
    }
}
