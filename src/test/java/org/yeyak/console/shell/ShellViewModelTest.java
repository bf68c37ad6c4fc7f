package org.yeyak.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.StaffRole;
import org.yeyak.client.StaffSession;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;

/** The shell's logic against a real server that goes away and comes back; synchronous, no toolkit. */
class ShellViewModelTest {
    static final String PASSWORD = "shell-test-pw";
    @TempDir
    Path data;

    @Test
    void eachRoleSeesOnlyItsPages() {
        assertThat(PageKind.forRole(StaffRole.OFFICIAL))
                .containsExactly(PageKind.CAMPAIGNS, PageKind.ALLOCATION, PageKind.LIVE);
        assertThat(PageKind.forRole(StaffRole.CALL_CENTER)).containsExactly(PageKind.ASSIST, PageKind.LIVE);
        assertThat(PageKind.forRole(StaffRole.ANALYST)).containsExactly(PageKind.LIVE);
    }

    @Test
    void statusBarShowsTheDemoClockAndTheBannerFollowsTheServer() {
        YeyakServer server = YeyakServer.start(ServerConfig.embeddedDemo(data, PASSWORD));
        int port = server.port();
        YeyakClient client = new YeyakClient(server.url());
        StaffSession session = client.signIn("official", PASSWORD);
        ShellViewModel vm = new ShellViewModel(client, session, new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), () -> { });
        assertThat(vm.selectedProperty().get()).isEqualTo(PageKind.CAMPAIGNS);

        vm.refreshServerTime();
        assertThat(vm.serverTimeProperty().get()).startsWith("Demo clock ").contains("2021");
        assertThat(vm.demoClockProperty().get()).isTrue();
        assertThat(vm.serverAwayProperty().get()).isFalse();

        server.close();
        vm.refreshServerTime();
        assertThat(vm.serverAwayProperty().get()).isTrue();

        YeyakServer again = YeyakServer.start(ServerConfig.embeddedDemo(data, PASSWORD).withPort(port));
        try {
            vm.refreshServerTime();
            assertThat(vm.serverAwayProperty().get()).isFalse();
        } finally {
            again.close();
        }
    }

    @Test
    void aTokenCloseToExpiryIsRenewedAndSignOutForgetsIt() {
        try (YeyakServer server = YeyakServer.start(ServerConfig.embeddedDemo(data, PASSWORD))) {
            YeyakClient client = new YeyakClient(server.url());
            StaffSession session = client.signIn("analyst", PASSWORD);
            AtomicInteger signedOut = new AtomicInteger();
            // A wall clock 27 minutes ahead: the 30-minute token has 3 minutes left.
            Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(27));
            ShellViewModel vm = new ShellViewModel(client, session, new CurrentThreadTaskExecutor(),
                    I18n.forLocale(Locale.ENGLISH), signedOut::incrementAndGet, late.withZone(ZoneOffset.UTC));
            assertThat(vm.pages()).containsExactly(PageKind.LIVE);

            vm.refreshServerTime();
            assertThat(vm.session().token()).isNotEqualTo(session.token());
            assertThat(vm.session().expiresAt()).isAfterOrEqualTo(session.expiresAt());
            assertThat(vm.session().username()).isEqualTo("analyst");

            vm.signOut();
            assertThat(signedOut).hasValue(1);
            assertThat(client.signedIn()).isFalse();
        }
    }
}
