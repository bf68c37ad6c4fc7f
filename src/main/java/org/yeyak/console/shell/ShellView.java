package org.yeyak.console.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.console.ui.Activity;
import org.yeyak.console.ui.HeaderBar;
import org.yeyak.console.ui.I18n;

/** The signed-in window: header, server-away banner, sidebar of the role's pages, page area, status bar. */
public final class ShellView extends BorderPane {
    private final ShellViewModel vm;
    private final Function<PageKind, Page> pageFactory;
    private final Map<PageKind, Page> built = new EnumMap<>(PageKind.class);
    private final StackPane pageArea = new StackPane();
    private final Timeline heartbeat;
    private Page current;

    public ShellView(ShellViewModel vm, I18n i18n, HeaderBar header, Function<PageKind, Page> pageFactory,
                     Activity activity) {
        this.vm = vm;
        this.pageFactory = pageFactory;
        setId("shell");

        Label user = new Label(vm.userLine(), new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        user.setId("signedInUser");
        Button signOut = new Button(i18n.get("shell.signOut"), new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.setId("signOut");
        signOut.getStyleClass().add(Styles.FLAT);
        signOut.setOnAction(e -> vm.signOut());
        header.addTrailing(user, signOut);

        Label banner = new Label(i18n.get("banner.serverAway", vm.serverUrl()), new FontIcon(Material2AL.CLOUD_OFF));
        banner.setId("serverAwayBanner");
        banner.getStyleClass().add("server-away-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(vm.serverAwayProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        setTop(new VBox(header, banner));

        ListView<PageKind> nav = new ListView<>(vm.pages());
        nav.setId("nav");
        nav.getStyleClass().add("sidebar");
        nav.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PageKind kind, boolean empty) {
                super.updateItem(kind, empty);
                if (empty || kind == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    setText(i18n.get("page." + kind.id()));
                    setGraphic(new FontIcon(kind.icon()));
                    setId("nav-" + kind.id());
                }
            }
        });
        nav.getSelectionModel().select(vm.selectedProperty().get());
        nav.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            nav.getSelectionModel().select(now);
            show(now);
        });
        setLeft(nav);

        pageArea.getStyleClass().add("page-area");
        setCenter(pageArea);

        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.textProperty().bind(activity.messageProperty().map(m -> m.isEmpty() ? vm.serverUrl() : m));
        status.progressProperty().bind(activity.progressProperty());
        Label who = new Label(vm.userLine());
        Label time = new Label();
        time.setId("serverTime");
        time.textProperty().bind(vm.serverTimeProperty());
        FontIcon clock = new FontIcon(Material2AL.ACCESS_TIME);
        HBox right = new HBox(12, who, new Label("|"), clock, time);
        right.setAlignment(Pos.CENTER_RIGHT);
        status.getRightItems().add(right);
        setBottom(status);

        heartbeat = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.refreshServerTime()));
        heartbeat.setCycleCount(Animation.INDEFINITE);
        vm.refreshServerTime();
        heartbeat.play();
        show(vm.selectedProperty().get());
    }

    private void show(PageKind kind) {
        if (current != null) {
            current.reset();
        }
        current = built.computeIfAbsent(kind, pageFactory);
        pageArea.getChildren().setAll(current.view());
        current.enter();
    }

    /** Stops the clock and the current page; called when the shell is replaced. */
    public void dispose() {
        heartbeat.stop();
        if (current != null) {
            current.reset();
        }
    }

    public ShellViewModel viewModel() {
        return vm;
    }
}
