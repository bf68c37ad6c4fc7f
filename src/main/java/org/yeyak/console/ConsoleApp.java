package org.yeyak.console;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The staff console. (Placeholder window until the console issues land.) */
public final class ConsoleApp extends Application {

    public static void main(String[] args) {
        launch(ConsoleApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Yeyak 예약");
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label body = new Label("Vaccination pre-reservation console — coming soon.");
        VBox root = new VBox(12, title, body);
        root.setPadding(new Insets(32));
        stage.setTitle("Yeyak console");
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
    }
}
