package org.yeyak.console.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** {@link DialogService} with JavaFX alerts, a file chooser and ControlsFX notifications. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(ErrorText error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(error.title());
        alert.setHeaderText(error.title());
        alert.setContentText(error.detail());
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().lookupButton(ok).setId("confirmOk");
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        Notifications notification = Notifications.create().owner(owner).text(message).hideAfter(Duration.seconds(4));
        // The popup has a root of its own: without this its Korean falls back to a font without Hangul.
        KoreanFont.styleClass().ifPresent(notification::styleClass);
        notification.showInformation();
    }
}
