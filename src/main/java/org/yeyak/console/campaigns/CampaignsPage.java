package org.yeyak.console.campaigns;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.client.Campaign;
import org.yeyak.console.shell.Page;
import org.yeyak.console.ui.I18n;

/** Officials' campaigns page: the list on the left, the selected (or new) campaign's form on the right. */
public final class CampaignsPage implements Page {
    private final CampaignsViewModel vm;
    private final BorderPane root = new BorderPane();

    public CampaignsPage(CampaignsViewModel vm, I18n i18n) {
        this.vm = vm;
        root.setId("page-campaigns");
        root.getStyleClass().add("page");

        Label title = new Label(i18n.get("page.campaigns"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button add = new Button(i18n.get("campaigns.new"), new FontIcon(Material2AL.ADD));
        add.setId("newCampaign");
        add.setOnAction(e -> vm.newCampaign());
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setId("reloadCampaigns");
        reload.getStyleClass().add(Styles.BUTTON_ICON);
        reload.setOnAction(e -> vm.load(null));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(vm.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, add, spacer, loading, reload);
        head.setAlignment(Pos.CENTER_LEFT);

        ListView<Campaign> list = new ListView<>(vm.campaigns());
        list.setId("campaignList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Campaign c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Label name = new Label(c.name());
                    name.getStyleClass().add(Styles.TEXT_BOLD);
                    Label sub = new Label(i18n.get("campaigns.list.sub", c.id(), c.bookingDays().getFirst(),
                            c.bookingDays().getLast()));
                    sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    VBox box = new VBox(2, name, sub);
                    if (c.schedule() != null && c.schedule().warnings() != null && !c.schedule().warnings().isEmpty()) {
                        Label warn = new Label(i18n.get("campaigns.list.warnings", c.schedule().warnings().size()),
                                new FontIcon(Material2MZ.WARNING));
                        warn.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
                        box.getChildren().add(warn);
                    }
                    setText(null);
                    setGraphic(box);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.formProperty().get() == null || !vm.formProperty().get().editing()
                    || !now.id().equals(vm.formProperty().get().idProperty().get()))) {
                vm.edit(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.loadErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox left = new VBox(10, title, head, error, list);
        left.setPrefWidth(280);
        left.setMinWidth(240);
        left.setPadding(new Insets(0, 14, 0, 0));
        root.setLeft(left);

        vm.formProperty().addListener((o, was, form) -> {
            root.setCenter(form == null ? null : new CampaignFormView(form, i18n));
            if (form != null && form.editing()) {
                vm.campaigns().stream().filter(c -> c.id().equals(form.idProperty().get())).findFirst()
                        .ifPresent(c -> list.getSelectionModel().select(c));
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void enter() {
        vm.load(null);
    }
}
