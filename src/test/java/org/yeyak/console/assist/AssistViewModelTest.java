package org.yeyak.console.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.assist.AssistApi;
import org.yeyak.console.assist.AssistViewModel.Step;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.server.testing.Residents;

/** The assisted-booking flow against a real embedded demo server, run synchronously: no toolkit. */
class AssistViewModelTest {
    @TempDir
    static Path data;
    static EmbeddedServer server;
    static YeyakClient client;

    AssistViewModel vm;
    SessionHistory history;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(data);
        client = new YeyakClient(server.url());
        client.signIn("callcenter", server.demoPassword().orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newViewModel() {
        history = new SessionHistory(Clock.systemDefaultZone());
        vm = new AssistViewModel(new AssistApi(client), new CurrentThreadTaskExecutor(), I18n.forLocale(Locale.ENGLISH),
                history);
        vm.load();
    }

    @Test
    void theRunningDemoCampaignAndTheSeventeenProvincesAreLoaded() {
        assertThat(vm.refusalProperty().get()).isEmpty();
        assertThat(vm.campaignProperty().get().id()).isEqualTo("demo-18-49");
        assertThat(vm.regions()).hasSize(17);
        assertThat(vm.regions().getFirst().code()).isEqualTo("11");
    }

    @Test
    void aValidResidentIdIsTakenAndFromThenOnOnlyItsMaskedFormIsVisible() {
        String id = Residents.of(java.time.LocalDate.of(1990, 5, 19), 777);
        for (int i = 1; i <= id.length(); i++) {
            vm.residentIdTyped(id.substring(0, i));
        }
        assertThat(vm.residentIdEntered()).isTrue();
        assertThat(vm.maskedResidentIdProperty().get()).isEqualTo("900519-1******");
        assertThat(vm.idHintProperty().get()).isEqualTo("Valid: born May 19, 1990.").doesNotContain(id.substring(8));
        vm.back();
        assertThat(vm.residentIdEntered()).isFalse();
        assertThat(vm.maskedResidentIdProperty().get()).isEmpty();
    }

    @Test
    void aMistypedResidentIdIsFlaggedAndCannotBeLookedUp() {
        String id = Residents.of(java.time.LocalDate.of(1990, 5, 19), 777);
        char last = id.charAt(id.length() - 1);
        vm.residentIdTyped(id.substring(0, 13) + (char) ('0' + (last - '0' + 3) % 10));
        vm.nameProperty().set("홍길동");
        assertThat(vm.idWrongProperty().get()).isTrue();
        assertThat(vm.idHintProperty().get()).contains("check digit");
        assertThat(vm.canLookUp()).isFalse();
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PERSON);
    }

    @Test
    void escOnTheFirstStepClearsTheNumberFirstThenTheName() {
        vm.residentIdTyped(Residents.digitNine(5));
        vm.nameProperty().set("김철수");
        vm.back();
        assertThat(vm.residentIdEntered()).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("김철수");
        vm.back();
        assertThat(vm.nameProperty().get()).isEmpty();
    }
}
