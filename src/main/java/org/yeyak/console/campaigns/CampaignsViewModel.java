package org.yeyak.console.campaigns;

import java.util.Comparator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.Campaign;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/** The campaigns page: the list from the server, and the one form being edited (new or existing). */
public final class CampaignsViewModel {
    private final YeyakClient client;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final DialogService dialogs;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private java.util.List<org.yeyak.client.Clinic> clinics = java.util.List.of();
    private final ObjectProperty<CampaignFormViewModel> form = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty loadError = new SimpleStringProperty("");

    public CampaignsViewModel(YeyakClient client, TaskExecutor executor, I18n i18n, DialogService dialogs) {
        this.client = client;
        this.executor = executor;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    /** Loads the list in the background; {@code selectId} is selected afterwards when given. */
    public void load(String selectId) {
        BackgroundTask.wrap(() -> new Loaded(client.campaigns(), client.clinics()))
                .onRunning(() -> {
                    loading.set(true);
                    loadError.set("");
                })
                .onSuccess(loaded -> {
                    clinics = loaded.clinics();
                    java.util.List<Campaign> list = loaded.campaigns();
                    campaigns.setAll(list.stream().sorted(Comparator.comparing(Campaign::id)).toList());
                    if (selectId != null) {
                        campaigns.stream().filter(c -> c.id().equals(selectId)).findFirst().ifPresent(this::edit);
                    } else if (form.get() == null && !campaigns.isEmpty()) {
                        edit(campaigns.getFirst());
                    } else if (form.get() == null) {
                        newCampaign();
                    }
                })
                .onFailure(e -> loadError.set(ErrorText.of(e, i18n).line()))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private record Loaded(java.util.List<Campaign> campaigns, java.util.List<org.yeyak.client.Clinic> clinics) {
    }

    public void newCampaign() {
        form.set(new CampaignFormViewModel(client, executor, i18n, null, this::saved, clinics));
    }

    public void edit(Campaign c) {
        form.set(new CampaignFormViewModel(client, executor, i18n, c, this::saved, clinics));
    }

    private void saved(Campaign c) {
        dialogs.notify(i18n.get("campaigns.saved", c.name()));
        load(c.id());
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<CampaignFormViewModel> formProperty() {
        return form;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty loadErrorProperty() {
        return loadError;
    }
}
