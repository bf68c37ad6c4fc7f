package org.yeyak.console.welcome;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.yeyak.client.StaffRole;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.login.LoginViewModel;
import org.yeyak.console.settings.ConsoleSettings;
import org.yeyak.console.settings.SettingsStore;
import org.yeyak.console.ui.I18n;

/**
 * The first-run welcome: what Yeyak is, what demo mode means, the three staff roles and
 * (only when this console runs the embedded demo server) the demo accounts and password.
 * Shown once by itself; "show at start-up" keeps it coming, and the header's help menu
 * opens it any time.
 */
public final class WelcomeViewModel {
    /** One staff role: its name, what it may do, and its demo account. */
    public record RoleLine(StaffRole role, String name, String duties, String demoAccount) {
    }

    private final I18n i18n;
    private final ServerHandle server;
    private final SettingsStore settings;
    private final BooleanProperty showAtStart = new SimpleBooleanProperty(false);

    public WelcomeViewModel(I18n i18n, ServerHandle server, SettingsStore settings) {
        this.i18n = i18n;
        this.server = server;
        this.settings = settings;
        showAtStart.set(!settings.current().welcomeShown());
    }

    /** True on the first start (and whenever the user asked to see it at start-up). */
    public static boolean showsAtStart(ConsoleSettings settings) {
        return !settings.welcomeShown();
    }

    public String title() {
        return i18n.get("welcome.title");
    }

    public String intro() {
        return i18n.get("welcome.intro");
    }

    public boolean demoMode() {
        return server.embedded();
    }

    /** What demo mode is, or which server this console talks to. */
    public String serverText() {
        return server.embedded() ? i18n.get("welcome.demo") : i18n.get("welcome.remote", server.url());
    }

    public String rolesHeading() {
        return i18n.get("welcome.roles");
    }

    public List<RoleLine> roles() {
        List<StaffRole> roles = List.of(StaffRole.OFFICIAL, StaffRole.CALL_CENTER, StaffRole.ANALYST);
        return java.util.stream.IntStream.range(0, roles.size()).mapToObj(i -> {
            StaffRole r = roles.get(i);
            return new RoleLine(r, i18n.get("welcome.roleName." + r.name()), i18n.get("welcome.role." + r.name()),
                    server.embedded() ? LoginViewModel.DEMO_ACCOUNTS.get(i) : "");
        }).toList();
    }

    /** The demo password, only when the embedded demo server runs. */
    public Optional<String> demoPassword() {
        return server.demoPassword();
    }

    public String credentialsText() {
        return demoPassword().map(p -> i18n.get("welcome.credentials", p)).orElse(i18n.get("welcome.credentials.remote"));
    }

    public BooleanProperty showAtStartProperty() {
        return showAtStart;
    }

    /** The dialog closes: remember whether to show it next time. */
    public void closed() {
        boolean shown = !showAtStart.get();
        if (settings.current().welcomeShown() != shown) {
            settings.update(s -> s.withWelcomeShown(shown));
        }
    }
}
