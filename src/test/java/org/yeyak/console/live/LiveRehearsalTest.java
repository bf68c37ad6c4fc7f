package org.yeyak.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.surge.ArrivalCurve;

/** The rehearsal panel's logic driving the real surge simulator against a real embedded demo server. */
class LiveRehearsalTest {
    static final I18n EN = I18n.forLocale(Locale.ENGLISH);
    @TempDir
    static Path data;
    static YeyakServer server;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String> log = new CopyOnWriteArrayList<>();

    /** Simulated providers at 1/50 of their nominal times and a quick admission controller: a short rehearsal. */
    static final java.util.Map<String, String> FAST = java.util.Map.of(
            "yeyak.providers.timeScale", "0.02",
            "yeyak.admission.tick", "PT0.05S",
            "yeyak.queue.servingCache", "PT0.02S");

    @BeforeAll
    static void start() {
        FAST.forEach(System::setProperty);
        try {
            server = YeyakServer.start(ServerConfig.embeddedDemo(data, "rehearsal-test-pw"));
        } finally {
            FAST.keySet().forEach(System::clearProperty);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    RehearsalViewModel vm(boolean embedded) {
        return new RehearsalViewModel(server.url(), embedded, new CurrentThreadTaskExecutor(), dialogs, EN, log::add);
    }

    /** Ticks once every 50 ms, as the page's timer would, until the condition holds. */
    static void tickUntil(RehearsalViewModel vm, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            vm.tick();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 90 s: " + what + "; status: " + vm.statusProperty().get());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Test
    void aRehearsalOnTheEmbeddedServerStartsWithoutAQuestionShowsProgressAndReportsItsEnd() {
        RehearsalViewModel vm = vm(true);
        assertThat(vm.statusProperty().get()).isEqualTo("Runs against the embedded demo server.");
        vm.citizensProperty().set(10);
        vm.durationSecondsProperty().set(1);
        vm.curveProperty().set(ArrivalCurve.AT_ONCE);

        vm.start();

        assertThat(dialogs.questions).isEmpty();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(log).singleElement().asString()
                .isEqualTo("Rehearsal started: 10 virtual citizens, All at once at opening, following the lights.");
        tickUntil(vm, "citizens arrived", () -> vm.statusProperty().get().startsWith("Arrived 10/10"));
        tickUntil(vm, "the end", () -> !vm.runningProperty().get());
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).startsWith("Rehearsal over: ").contains(" of 10 booked")
                .endsWith("; one booking per person and stock held.");
        assertThat(vm.statusProperty().get()).doesNotStartWith("Rehearsal over: 0 of");
        assertThat(log).hasSize(2).last().isEqualTo(vm.statusProperty().get());
    }

    @Test
    void aRemoteServerIsRehearsedOnlyAfterTheOfficialConfirms() {
        RehearsalViewModel vm = vm(false);
        assertThat(vm.statusProperty().get()).isEqualTo("Runs against the connected server after you confirm.");
        dialogs.answer = false;

        vm.start();

        assertThat(dialogs.questions).containsExactly("Rehearse against a remote server?");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(log).isEmpty();
    }

    @Test
    void leavingThePageStopsARunningRehearsal() {
        RehearsalViewModel vm = vm(true);
        vm.citizensProperty().set(2_000);
        vm.durationSecondsProperty().set(600);
        vm.curveProperty().set(ArrivalCurve.RAMP);
        vm.start();
        tickUntil(vm, "someone arrived", () -> vm.statusProperty().get().startsWith("Arrived ")
                && !vm.statusProperty().get().startsWith("Arrived 0/"));

        vm.dispose();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Runs against the embedded demo server.");
        assertThat(log).last().isEqualTo("Rehearsal stopped: the live page was left.");
        vm.tick();
        assertThat(vm.statusProperty().get()).isEqualTo("Runs against the embedded demo server.");
    }
}
