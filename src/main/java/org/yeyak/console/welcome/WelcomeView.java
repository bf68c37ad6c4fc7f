package org.yeyak.console.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yeyak.console.about.AppIcons;
import org.yeyak.console.ui.I18n;

/** The welcome's content: built in code from its {@link WelcomeViewModel}. */
public final class WelcomeView extends VBox {
    public WelcomeView(WelcomeViewModel vm, I18n i18n) {
        super(14);
        setId("welcomeView");
        setPadding(new Insets(8, 16, 0, 16));
        setPrefWidth(680);

        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        HBox heading = new HBox(16, AppIcons.view(64), title);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label intro = wrapped(vm.intro());

        Label server = wrapped(vm.serverText());
        server.setId("welcomeServer");
        VBox serverBox = new VBox(server);
        serverBox.getStyleClass().add("demo-box");

        Label rolesHeading = new Label(vm.rolesHeading());
        rolesHeading.getStyleClass().add(Styles.TITLE_4);
        GridPane roles = new GridPane();
        roles.setId("welcomeRoles");
        roles.setHgap(16);
        roles.setVgap(8);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setMinWidth(110);
        ColumnConstraints dutiesColumn = new ColumnConstraints();
        dutiesColumn.setHgrow(Priority.ALWAYS);
        roles.getColumnConstraints().addAll(nameColumn, dutiesColumn, new ColumnConstraints());
        int row = 0;
        for (WelcomeViewModel.RoleLine line : vm.roles()) {
            Label name = new Label(line.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label duties = wrapped(line.duties());
            Label account = new Label(line.demoAccount());
            account.getStyleClass().add(Styles.TEXT_MUTED);
            account.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            roles.addRow(row++, name, duties, account);
        }

        Label credentials = wrapped(vm.credentialsText());
        credentials.setId("welcomeCredentials");
        credentials.getStyleClass().add(vm.demoPassword().isPresent() ? Styles.TEXT_BOLD : Styles.TEXT_MUTED);

        CheckBox showAtStart = new CheckBox(i18n.get("welcome.showAtStart"));
        showAtStart.setId("welcomeShowAtStart");
        showAtStart.selectedProperty().bindBidirectional(vm.showAtStartProperty());

        getChildren().addAll(heading, intro, serverBox, rolesHeading, roles, credentials, showAtStart);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
