package org.yeyak.console.settings;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.yeyak.console.about.AppIcons;
import org.yeyak.console.ui.I18n;

/** The settings form in a dialog; Save stays disabled while the form is invalid. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    public static Dialog<Optional<SettingsViewModel.Outcome>> create(Window owner, SettingsViewModel vm, I18n i18n) {
        Dialog<Optional<SettingsViewModel.Outcome>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("settings.title"));
        ButtonType save = new ButtonType(i18n.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setContent(new SettingsView(vm, i18n));
        dialog.getDialogPane().lookupButton(save).setId("settingsSave");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(vm.invalidProperty());
        dialog.setResultConverter(b -> b == save ? vm.save() : Optional.empty());
        AppIcons.style(dialog, owner);
        return dialog;
    }
}
