package org.yeyak.console.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and notifications, behind an interface so ViewModels stay testable (JabRef style). */
public interface DialogService {
    void showError(ErrorText error);

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Where to save a file, or empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String initialName, String extension);

    /** A short message that catches the eye and goes away by itself. */
    void notify(String message);
}
