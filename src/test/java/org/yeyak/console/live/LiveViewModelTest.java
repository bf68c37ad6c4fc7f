package org.yeyak.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.ApiProblemException;
import org.yeyak.client.Problem;
import org.yeyak.client.live.FeedState;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.Light;

/** The dashboard's logic on a fake stream of snapshots, without a toolkit: ticks are called by hand. */
class LiveViewModelTest {
    static final I18n EN = I18n.forLocale(Locale.ENGLISH);
    final FakeFeed feed = new FakeFeed();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String[]> switched = new ArrayList<>();
    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    LiveViewModel vm(boolean official, int capacity) {
        LiveViewModel vm = new LiveViewModel(feed, official ? (id, on) -> switched.add(new String[] {id, "" + on}) : null,
                new CurrentThreadTaskExecutor(), dialogs, EN, clock, Duration.ofMinutes(6), capacity);
        vm.start();
        return vm;
    }

    @Test
    void snapshotsFromTheFeedThreadShowOnlyAtTheNextTickAndAllOfThemReachTheSeries() throws Exception {
        LiveViewModel vm = vm(false, 600);
        Thread feeder = Thread.ofPlatform().start(() -> {
            feed.push(Snapshots.of(10, 0));
            feed.push(Snapshots.of(20, 0));
            feed.push(Snapshots.of(30, 0));
        });
        feeder.join();
        assertThat(vm.snapshotProperty().get()).isNull();

        vm.tick();

        assertThat(vm.snapshotProperty().get().queue().length()).isEqualTo(30);
        assertThat(vm.series().points()).extracting(LiveSeries.Point::queueLength).containsExactly(10L, 20L, 30L);
        vm.tick();
        assertThat(vm.series().points()).hasSize(3);
    }

    @Test
    void aProviderChangingColourIsLoggedAndNotifiedButTheFirstReadingIsNot() {
        LiveViewModel vm = vm(false, 600);
        feed.push(Snapshots.of(0, 0));
        vm.tick();
        feed.push(Snapshots.of(0, 0));
        vm.tick();
        assertThat(vm.events()).isEmpty();
        assertThat(dialogs.notifications).isEmpty();

        feed.push(Snapshots.of(0, 0, "mobile", Light.YELLOW));
        vm.tick();
        feed.push(Snapshots.of(0, 0, "mobile", Light.RED));
        vm.tick();

        assertThat(vm.events()).extracting(LiveEvent::light).containsExactly(Light.RED, Light.YELLOW);
        assertThat(vm.events().getFirst().text()).isEqualTo("Mobile: Delayed → Congested (in flight 20, p95 1,000 ms)");
        assertThat(dialogs.notifications).containsExactly(
                "Mobile: Smooth → Delayed (in flight 10, p95 600 ms)",
                "Mobile: Delayed → Congested (in flight 20, p95 1,000 ms)");
    }

    @Test
    void severalChangesInOneTickRaiseOneNotificationWithALineEach() {
        LiveViewModel vm = vm(false, 600);
        feed.push(Snapshots.of(0, 0));
        vm.tick();
        feed.push(Snapshots.of(0, 0, "kakao", Light.RED, "naver", Light.YELLOW));
        vm.tick();
        assertThat(vm.events()).hasSize(2);
        assertThat(dialogs.notifications).hasSize(1);
        assertThat(dialogs.notifications.getFirst().lines()).hasSize(2);
    }

    @Test
    void theWaitAlarmSoundsAtTheThresholdAndClearsOnlyWellBelowIt() {
        LiveViewModel vm = vm(false, 600);
        for (long wait : new long[] {300, 359, 360, 340, 361, 300, 289, 287, 400}) {
            feed.push(Snapshots.of(1000, wait));
            vm.tick();
        }
        // Over at 360 s (6 min); 340, 361 and 300 stay over; below 80% (288 s) at 287; over again at 400.
        assertThat(vm.events()).extracting(LiveEvent::kind).containsOnly(LiveEvent.Kind.WAIT);
        assertThat(vm.events().reversed()).extracting(LiveEvent::text).containsExactly(
                "Estimated wait 6:00 has reached the 6:00 threshold.",
                "Estimated wait 4:47 is back under the 6:00 threshold.",
                "Estimated wait 6:40 has reached the 6:00 threshold.");
        assertThat(vm.waitAlarm()).isTrue();
        assertThat(dialogs.notifications).hasSize(3);
    }

    @Test
    void theSeriesKeepsOnlyTheLastPointsInOrder() {
        LiveViewModel vm = vm(false, 5);
        for (int i = 1; i <= 8; i++) {
            feed.push(Snapshots.of(i, 0));
            vm.tick();
        }
        assertThat(vm.series().points()).extracting(LiveSeries.Point::queueLength).containsExactly(4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void theTimeSeriesExportsAsCsvWithAHeaderAndOneLinePerSnapshot(@TempDir Path dir) throws Exception {
        LiveViewModel vm = vm(false, 600);
        feed.push(Snapshots.of(1234, 75));
        feed.push(Snapshots.of(1300, 80));
        vm.tick();
        dialogs.saveTo = dir.resolve("series.csv");

        vm.exportCsv();

        List<String> lines = Files.readAllLines(dialogs.saveTo, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "received_at,server_time,queue_length,admissions_per_second,bookings_per_second,bookings_total,estimated_max_wait_seconds",
                "2026-01-01T00:00:00Z,2021-08-09T11:00:00Z,1234,250.00,180.00,6234,75",
                "2026-01-01T00:00:00Z,2021-08-09T11:00:00Z,1300,250.00,180.00,6300,80");
        assertThat(dialogs.notifications).containsExactly("Saved series.csv.");
    }

    @Test
    void feedChangesShowInTheBadgeAndOnlyLosingAndRegainingFiguresIsLogged() {
        LiveViewModel vm = vm(false, 600);
        assertThat(vm.feedTextProperty().get()).isEqualTo("Connecting...");
        feed.say(FeedState.STREAMING);
        vm.tick();
        feed.say(FeedState.POLLING);
        vm.tick();
        assertThat(vm.feedStateProperty().get()).isEqualTo(FeedState.POLLING);
        assertThat(vm.feedTextProperty().get()).isEqualTo("Live (polling every second)");
        assertThat(vm.events()).isEmpty();
        feed.say(FeedState.OFFLINE);
        vm.tick();
        feed.say(FeedState.STREAMING);
        vm.tick();
        assertThat(vm.events()).extracting(LiveEvent::text)
                .containsExactly("Figures are coming again.", "The server sends no figures; retrying.");
        assertThat(dialogs.notifications).isEmpty();
    }

    @Test
    void leavingThePageClosesTheFeedAndComingBackOpensItAgain() {
        LiveViewModel vm = vm(false, 600);
        assertThat(feed.open()).isTrue();
        vm.stop();
        assertThat(feed.open()).isFalse();
        assertThat(vm.running()).isFalse();
        vm.start();
        vm.start();
        assertThat(feed.subscriptions).hasValue(2);
        assertThat(feed.open()).isTrue();
    }

    @Test
    void analystsCannotSwitchProviders() {
        LiveViewModel vm = vm(false, 600);
        assertThat(vm.canSwitchProviders()).isFalse();
        assertThatThrownBy(() -> vm.setProviderEnabled("kakao", "Kakao", false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOfficialTurnsAProviderOffOnlyAfterConfirmingAndOnAgainWithoutAQuestion() {
        LiveViewModel vm = vm(true, 600);
        assertThat(vm.canSwitchProviders()).isTrue();

        dialogs.answer = false;
        vm.setProviderEnabled("mobile", "Mobile", false);
        assertThat(switched).isEmpty();

        dialogs.answer = true;
        vm.setProviderEnabled("mobile", "Mobile", false);
        vm.setProviderEnabled("mobile", "Mobile", true);
        assertThat(switched).containsExactly(new String[] {"mobile", "false"}, new String[] {"mobile", "true"});
        assertThat(dialogs.questions).containsExactly("Turn off Mobile?", "Turn off Mobile?");
        assertThat(vm.events()).extracting(LiveEvent::text)
                .containsExactly("Mobile turned on by an official.", "Mobile turned off by an official.");
    }

    @Test
    void aRefusedSwitchShowsTheServersMessage() {
        LiveViewModel vm = new LiveViewModel(feed, (id, on) -> {
            throw new ApiProblemException(new Problem(403, "Not allowed", "Only officials switch providers.", "FORBIDDEN"));
        }, new CurrentThreadTaskExecutor(), dialogs, EN, clock, Duration.ofMinutes(6), 600);
        vm.setProviderEnabled("kakao", "Kakao", true);
        assertThat(dialogs.errors).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo("Not allowed — Only officials switch providers."));
        assertThat(vm.events()).isEmpty();
    }
}
