package org.yeyak.console.settings;

import javafx.stage.Window;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/** The console window's state and switches, as handed to its {@link WindowHooks}. */
public record WindowControls(Window owner, I18n i18n, ServerHandle server, boolean dark,
                             Runnable switchLanguage, Runnable switchTheme, TaskExecutor executor) {
}
