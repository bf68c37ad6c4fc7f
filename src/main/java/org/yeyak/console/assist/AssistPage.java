package org.yeyak.console.assist;

import java.time.Clock;
import javafx.scene.Node;
import org.yeyak.client.StaffSession;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.assist.AssistApi;
import org.yeyak.console.shell.Page;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/** The assisted-booking page of the shell (call-center staff): builds its ViewModel and View. */
public final class AssistPage implements Page {
    private final AssistView view;

    public AssistPage(YeyakClient client, StaffSession session, TaskExecutor executor, I18n i18n,
                      DialogService dialogs) {
        SessionHistory history = SessionHistory.of(client.baseUrl(), session.username(), Clock.systemDefaultZone());
        AssistViewModel vm = new AssistViewModel(new AssistApi(client), executor, i18n, history);
        this.view = new AssistView(vm, dialogs);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void enter() {
        view.entered();
    }

    @Override
    public void reset() {
        view.left();
    }
}
