package org.yeyak.console.allocation;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.yeyak.client.AllocationAnswer;
import org.yeyak.client.AllocationForm;
import org.yeyak.client.Campaign;
import org.yeyak.client.CampaignForm;
import org.yeyak.client.Clinic;
import org.yeyak.client.Region;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ui.Activity;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;
import org.yeyak.console.ui.TaskHandle;
import org.yeyak.rules.alloc.Allocation;
import org.yeyak.rules.alloc.AllocationCsv;
import org.yeyak.rules.alloc.AllocationPolicy;

/**
 * The allocation page: doses, vial size and policy for a campaign; a preview computed in the
 * background (the server's totals, and the clinics × dates table computed with the same engine);
 * apply after confirmation; CSV export. A new preview cancels one still running.
 */
public final class AllocationViewModel {
    public static final long MAX_DOSES = 1_000_000_000L;
    static final int MAX_VIAL_SIZE = 20;

    private final YeyakClient client;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Activity activity;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final StringProperty doses = new SimpleStringProperty("");
    private final ObjectProperty<Integer> vialSize = new SimpleObjectProperty<>();
    private final ObjectProperty<AllocationPolicy> policy = new SimpleObjectProperty<>(AllocationPolicy.EVEN_PER_CLINIC);
    private final BooleanProperty includeCatchUp = new SimpleBooleanProperty();
    private final ObjectProperty<AllocationPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<AllocationPreview.ClinicRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AllocationPreview.ClinicRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<Region> regions = FXCollections.observableArrayList();
    private final ObjectProperty<Region> regionFilter = new SimpleObjectProperty<>();
    private final BooleanProperty computing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanBinding inputValid;
    private TaskHandle running = TaskHandle.DONE;

    public AllocationViewModel(YeyakClient client, TaskExecutor executor, I18n i18n, DialogService dialogs,
                               Activity activity) {
        this.client = client;
        this.executor = executor;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.activity = activity;
        inputValid = Bindings.createBooleanBinding(() -> campaign.get() != null && dosesProblem() == null
                && vialProblem() == null, campaign, doses, vialSize);
        campaign.addListener((o, was, now) -> {
            if (now == null || was != null && was.id().equals(now.id()) && was.vialSize() == now.vialSize()) {
                return; // the list was reloaded (after apply): the preview and its result stay
            }
            vialSize.set(now.vialSize());
            includeCatchUp.set(!now.catchUp().isEmpty());
            clearPreview();
        });
        regionFilter.addListener((o, was, now) -> visibleRows.setPredicate(
                now == null ? null : r -> r.region().equals(now.code())));
        doses.addListener(o -> clearPreview());
        vialSize.addListener(o -> clearPreview());
        policy.addListener(o -> clearPreview());
        includeCatchUp.addListener(o -> clearPreview());
    }

    /** Loads the campaigns and provinces (page shown). */
    public void load() {
        BackgroundTask.wrap(() -> new Loaded(client.campaigns(), client.regions()))
                .onSuccess(l -> {
                    String keep = campaign.get() == null ? null : campaign.get().id();
                    List<Campaign> sorted = l.campaigns().stream().sorted(Comparator.comparing(Campaign::id)).toList();
                    if (!sorted.equals(campaigns)) {
                        campaigns.setAll(sorted);
                    }
                    regions.setAll(l.regions());
                    campaign.set(campaigns.stream().filter(c -> c.id().equals(keep)).findFirst()
                            .orElse(campaigns.isEmpty() ? null : campaigns.getFirst()));
                })
                .onFailure(e -> error.set(ErrorText.of(e, i18n).line()))
                .executeWith(executor);
    }

    private record Loaded(List<Campaign> campaigns, List<Region> regions) {
    }

    // ----- input checks (shown by the View through ControlsFX) -----

    /** Why the doses field is not acceptable, or null. */
    public String dosesProblem() {
        Long d = parseDoses(doses.get());
        if (d == null) {
            return i18n.get("allocation.dosesInvalid");
        }
        return d < 1 || d > MAX_DOSES ? i18n.get("allocation.dosesRange") : null;
    }

    public String vialProblem() {
        Integer v = vialSize.get();
        return v == null || v < 1 || v > MAX_VIAL_SIZE ? i18n.get("validation.vialSize", MAX_VIAL_SIZE) : null;
    }

    /** "1,200,000", "1 200 000" and "1200000" all read as 1200000. */
    static Long parseDoses(String text) {
        String digits = text == null ? "" : text.replaceAll("[,_\\s]", "");
        if (!digits.matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    // ----- commands -----

    /** Computes the preview in the background: server totals, then the table with the same engine. */
    public void preview() {
        if (!inputValid.get()) {
            return;
        }
        Campaign c = campaign.get();
        long d = parseDoses(doses.get());
        int vial = vialSize.get();
        AllocationPolicy p = policy.get();
        boolean catchUp = includeCatchUp.get();
        boolean korean = i18n.korean();
        running.cancel();
        running = BackgroundTask.withProgress(progress -> {
                    progress.update(0.05, i18n.get("allocation.step.server"));
                    AllocationAnswer server = client.previewAllocation(c.id(), new AllocationForm(d, p, catchUp));
                    progress.update(0.35, i18n.get("allocation.step.clinics"));
                    List<Clinic> clinics = client.clinics();
                    List<Region> regionList = client.regions();
                    if (progress.cancelled()) {
                        return null;
                    }
                    progress.update(0.55, i18n.get("allocation.step.compute", clinics.size()));
                    Allocation local = LocalAllocation.compute(c, clinics, regionList, server.tranches(), d, vial, p);
                    progress.update(0.9, i18n.get("allocation.step.table"));
                    boolean same = vial == server.vialSize() && Objects.equals(local.summary(), server.summary());
                    return new AllocationPreview(c, server, local, LocalAllocation.dates(c),
                            LocalAllocation.rows(local, clinics, regionList, korean), same, vial);
                })
                .onRunning(() -> {
                    computing.set(true);
                    progress.set(0);
                    error.set("");
                    result.set("");
                    activity.start(i18n.get("allocation.computing"));
                })
                .onProgress(u -> {
                    progress.set(u.fraction());
                    activity.progress(u.fraction(), u.message());
                })
                .onSuccess(pv -> {
                    if (pv != null) {
                        preview.set(pv);
                        rows.setAll(pv.rows());
                    }
                })
                .onFailure(e -> error.set(ErrorText.of(e, i18n).line()))
                .onFinished(() -> {
                    computing.set(false);
                    progress.set(1);
                    activity.done();
                })
                .executeWith(executor);
    }

    /** Asks for confirmation, then writes the allocation on the server (saving a changed vial size first). */
    public void apply() {
        AllocationPreview pv = preview.get();
        if (pv == null || computing.get()) {
            return;
        }
        Campaign c = pv.campaign();
        long d = parseDoses(doses.get());
        String message = i18n.get("allocation.confirm.text", c.name(), String.format(i18n.locale(), "%,d", d),
                String.format(i18n.locale(), "%,d", pv.summary().placedDoses()),
                String.format(i18n.locale(), "%,d", pv.summary().unplacedDoses()))
                + (pv.vialSize() != c.vialSize() ? "\n" + i18n.get("allocation.confirm.vial", c.vialSize(), pv.vialSize()) : "");
        if (!dialogs.confirm(i18n.get("allocation.confirm.title"), message, i18n.get("allocation.apply"))) {
            return;
        }
        AllocationForm form = new AllocationForm(d, policy.get(), includeCatchUp.get());
        BackgroundTask.wrap(() -> {
                    if (pv.vialSize() != c.vialSize()) {
                        client.updateCampaign(c.id(), withVialSize(c, pv.vialSize()));
                    }
                    return client.applyAllocation(c.id(), form);
                })
                .onRunning(() -> {
                    computing.set(true);
                    error.set("");
                    activity.start(i18n.get("allocation.applying"));
                })
                .onSuccess(answer -> {
                    String text = i18n.get("allocation.applied", c.name(),
                            String.format(i18n.locale(), "%,d", answer.summary().placedDoses()));
                    result.set(text);
                    dialogs.notify(text);
                })
                .onFailure(e -> error.set(ErrorText.of(e, i18n).line()))
                .onFinished(() -> {
                    computing.set(false);
                    activity.done();
                    load();
                })
                .executeWith(executor);
    }

    /** Writes the previewed allocation as CSV (one row per clinic and date, one column per tranche). */
    public void exportCsv() {
        AllocationPreview pv = preview.get();
        if (pv == null) {
            return;
        }
        dialogs.chooseSaveFile(i18n.get("allocation.export"), "allocation-" + pv.campaign().id() + ".csv", "csv")
                .ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        Allocation a = preview.get().local();
        BackgroundTask.wrap(() -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                        AllocationCsv.write(a, out);
                    }
                    return file;
                })
                .onSuccess(f -> dialogs.notify(i18n.get("allocation.exported", f.getFileName())))
                .onFailure(e -> error.set(ErrorText.of(e, i18n).line()))
                .executeWith(executor);
    }

    /** Stops a preview still running (the page is left). */
    public void cancel() {
        running.cancel();
        computing.set(false);
        activity.done();
    }

    private void clearPreview() {
        preview.set(null);
        rows.clear();
        result.set("");
    }

    private static CampaignForm withVialSize(Campaign c, int vial) {
        return new CampaignForm(c.id(), c.name(), c.cohort(), c.digitDates(), null, null, c.zone(), c.opensAt(),
                c.closesAt(), c.catchUp(), c.openPeriod(), c.vaccinationFrom(), c.vaccinationTo(), c.vaccine(), vial,
                c.assistedFollowsDigitDays());
    }

    // ----- accessors -----

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public StringProperty dosesProperty() {
        return doses;
    }

    public ObjectProperty<Integer> vialSizeProperty() {
        return vialSize;
    }

    public ObjectProperty<AllocationPolicy> policyProperty() {
        return policy;
    }

    public BooleanProperty includeCatchUpProperty() {
        return includeCatchUp;
    }

    public ObjectProperty<AllocationPreview> previewProperty() {
        return preview;
    }

    /** The clinic rows shown: all, or the chosen province's. */
    public FilteredList<AllocationPreview.ClinicRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<Region> regions() {
        return regions;
    }

    public ObjectProperty<Region> regionFilterProperty() {
        return regionFilter;
    }

    public BooleanProperty computingProperty() {
        return computing;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanBinding inputValidProperty() {
        return inputValid;
    }
}
