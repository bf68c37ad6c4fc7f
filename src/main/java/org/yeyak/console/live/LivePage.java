package org.yeyak.console.live;

import java.time.Clock;
import javafx.scene.Node;
import org.yeyak.client.StaffRole;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.live.LiveStream;
import org.yeyak.client.live.ProviderSwitch;
import org.yeyak.console.shell.Page;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/**
 * The live page: the dashboard for every role. Officials also get the provider switches and
 * the surge rehearsal; other roles get the rehearsal only on the console's own demo server,
 * where it cannot disturb anyone. Leaving the page stops the feed, the timer and a rehearsal.
 */
public final class LivePage implements Page {
    private final LiveView view;
    private final RehearsalViewModel rehearsal;

    LivePage(LiveView view, RehearsalViewModel rehearsal) {
        this.view = view;
        this.rehearsal = rehearsal;
    }

    public static LivePage create(YeyakClient client, StaffRole role, boolean embeddedServer, TaskExecutor executor,
                                  DialogService dialogs, I18n i18n) {
        boolean official = role == StaffRole.OFFICIAL;
        ProviderSwitch switches = new ProviderSwitch(client);
        LiveViewModel vm = new LiveViewModel(new LiveStream(client.baseUrl(), null),
                official ? switches::setEnabled : null, executor, dialogs, i18n, Clock.systemUTC(),
                LiveViewModel.DEFAULT_WAIT_THRESHOLD, LiveSeries.DEFAULT_CAPACITY);
        RehearsalViewModel rehearsal = official || embeddedServer
                ? new RehearsalViewModel(client.baseUrl(), embeddedServer, executor, dialogs, i18n,
                        line -> vm.log(LiveEvent.Kind.REHEARSAL, line))
                : null;
        return new LivePage(new LiveView(vm, rehearsal, i18n, new DashboardPng(executor, dialogs, i18n)), rehearsal);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void enter() {
        view.start();
    }

    @Override
    public void reset() {
        view.stop();
        if (rehearsal != null) {
            rehearsal.dispose();
        }
    }

    public LiveView liveView() {
        return view;
    }
}
