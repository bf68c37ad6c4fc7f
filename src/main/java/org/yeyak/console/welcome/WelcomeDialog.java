package org.yeyak.console.welcome;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.yeyak.console.about.AppIcons;
import org.yeyak.console.ui.I18n;

/** The welcome in a window of its own over the console. */
public final class WelcomeDialog {
    private WelcomeDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, WelcomeViewModel vm, I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(vm.title());
        ButtonType start = new ButtonType(i18n.get("welcome.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(start);
        dialog.getDialogPane().setContent(new WelcomeView(vm, i18n));
        dialog.getDialogPane().lookupButton(start).setId("welcomeStart");
        AppIcons.style(dialog, owner);
        dialog.setOnHidden(e -> vm.closed());
        return dialog;
    }

    /** Shows the welcome without blocking the caller. */
    public static void show(Window owner, WelcomeViewModel vm, I18n i18n) {
        create(owner, vm, i18n).show();
    }
}
