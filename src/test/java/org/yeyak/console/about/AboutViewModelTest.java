package org.yeyak.console.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.connect.ServerHandle;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;

/** The About dialog's content without a toolkit, against a real embedded server. */
class AboutViewModelTest {
    @TempDir
    static Path data;
    static EmbeddedServer server;
    private final I18n en = I18n.forLocale(Locale.ENGLISH);
    private final BuildInfo build = new BuildInfo("1.2.3", "2026-11-24 20:00 UTC");

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anEmbeddedServerThatAnswersIsReportedAsThisBuild() {
        AboutViewModel vm = new AboutViewModel(en, build, server, Optional.of(Path.of("/logs/console.log")),
                () -> List.of(new Library("OpenJFX (JavaFX)", "21.0.11", "GPL-2.0-only WITH Classpath-exception-2.0")),
                new CurrentThreadTaskExecutor());
        assertThat(vm.serverStatusProperty().get()).isEqualTo("Checking the server...");
        vm.load();
        assertThat(vm.serverStatusProperty().get()).contains("Embedded in this console").contains("1.2.3").contains("answering");
        assertThat(vm.versionText()).isEqualTo("Version 1.2.3, built 2026-11-24 20:00 UTC");
        assertThat(vm.logText()).isEqualTo(Path.of("/logs/console.log").toString());
        assertThat(vm.libraries()).extracting(Library::name).containsExactly("OpenJFX (JavaFX)");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.serverUrl()).isEqualTo(server.url());
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidToNotAnswerWithoutAStackTrace() {
        AboutViewModel vm = new AboutViewModel(en, build, ServerHandle.remote("http://127.0.0.1:1"), Optional.empty(),
                List::of, new CurrentThreadTaskExecutor());
        vm.load();
        assertThat(vm.serverStatusProperty().get()).isEqualTo("Not answering.");
        assertThat(vm.logText()).startsWith("Not writing a log file");
    }

    @Test
    void aDevelopmentBuildHasNoBuildTime() {
        AboutViewModel vm = new AboutViewModel(en, BuildInfo.DEVELOPMENT, server, Optional.empty(), List::of,
                new CurrentThreadTaskExecutor());
        assertThat(vm.versionText()).isEqualTo("Version development");
    }
}
