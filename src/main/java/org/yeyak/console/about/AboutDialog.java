package org.yeyak.console.about;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.yeyak.console.ui.I18n;

/** The About dialog over the console; it starts its background checks when shown. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, AboutViewModel vm, I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(vm.title());
        dialog.setResizable(true);
        ButtonType close = new ButtonType(i18n.get("about.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().setContent(new AboutView(vm, i18n));
        dialog.getDialogPane().lookupButton(close).setId("aboutClose");
        AppIcons.style(dialog, owner);
        dialog.setOnShown(e -> vm.load());
        // The server's answer may take another line: grow the window with it.
        vm.serverStatusProperty().addListener((o, was, is) -> javafx.application.Platform.runLater(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        return dialog;
    }
}
