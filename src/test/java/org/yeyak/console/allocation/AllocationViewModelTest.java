package org.yeyak.console.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.ui.Activity;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.alloc.AllocationPolicy;

/** The allocation page's logic, synchronously, against a real embedded demo server: no toolkit. */
class AllocationViewModelTest {
    @TempDir
    static Path data;
    static EmbeddedServer server;
    static YeyakClient client;

    /** Answers confirmations as told and remembers what was said. */
    static final class ScriptedDialogs implements DialogService {
        boolean answer = true;
        final List<String> confirmations = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Path saveTo;

        @Override
        public void showError(ErrorText error) {
            notes.add(error.line());
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            confirmations.add(message);
            return answer;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public void notify(String message) {
            notes.add(message);
        }
    }

    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(data);
        client = new YeyakClient(server.url());
        client.signIn("official", server.demoPassword().orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    AllocationViewModel loaded() {
        AllocationViewModel vm = new AllocationViewModel(client, new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), dialogs, new Activity());
        vm.load();
        assertThat(vm.campaignProperty().get()).as("the demo campaign").isNotNull();
        return vm;
    }

    @Test
    void dosesAreReadWithOrWithoutThousandsSeparators() {
        assertThat(AllocationViewModel.parseDoses("1,200,000")).isEqualTo(1_200_000L);
        assertThat(AllocationViewModel.parseDoses("1 200 000")).isEqualTo(1_200_000L);
        assertThat(AllocationViewModel.parseDoses("12.5")).isNull();
        assertThat(AllocationViewModel.parseDoses("")).isNull();
    }

    @Test
    void previewNeedsAWholePositiveNumberOfDoses() {
        AllocationViewModel vm = loaded();
        assertThat(vm.vialSizeProperty().get()).isEqualTo(vm.campaignProperty().get().vialSize());
        vm.dosesProperty().set("many");
        assertThat(vm.inputValidProperty().get()).isFalse();
        assertThat(vm.dosesProblem()).isNotNull();
        vm.dosesProperty().set("0");
        assertThat(vm.inputValidProperty().get()).isFalse();
        vm.dosesProperty().set("600,000");
        assertThat(vm.inputValidProperty().get()).isTrue();
    }

    @Test
    void previewShowsTheServersTotalsAndEveryClinicWithoutWritingAnything() {
        AllocationViewModel vm = loaded();
        vm.dosesProperty().set("600,000");
        vm.preview();
        assertThat(vm.errorProperty().get()).isEmpty();
        AllocationPreview p = vm.previewProperty().get();
        assertThat(p).isNotNull();
        assertThat(p.matchesServer()).as("no bookings yet: the local table is the server's allocation").isTrue();
        assertThat(p.rows()).hasSize(client.clinics().size());
        assertThat(p.summary().placedDoses() + p.summary().unplacedDoses()).isEqualTo(600_000L);
        assertThat(p.rows().stream().mapToLong(AllocationPreview.ClinicRow::total).sum())
                .isEqualTo(p.summary().placedDoses());
        assertThat(p.summary().placedDoses() % 6).isZero();

        vm.regionFilterProperty().set(vm.regions().stream().filter(r -> r.code().equals("50")).findFirst().orElseThrow());
        assertThat(vm.visibleRows()).isNotEmpty().allMatch(r -> r.region().equals("50"));
        assertThat(vm.visibleRows().size()).isLessThan(p.rows().size());
    }

    @Test
    void populationPolicyGivesSeoulMoreThanJeju() {
        AllocationViewModel vm = loaded();
        vm.dosesProperty().set("300,000");
        vm.policyProperty().set(AllocationPolicy.PRO_RATA_POPULATION);
        vm.preview();
        var perRegion = vm.previewProperty().get().summary().perRegion();
        long seoul = perRegion.stream().filter(r -> r.region().equals("11")).findFirst().orElseThrow().doses();
        long jeju = perRegion.stream().filter(r -> r.region().equals("50")).findFirst().orElseThrow().doses();
        assertThat(seoul).isGreaterThan(10 * jeju);
    }

    @Test
    void applyingAsksFirstAndDoesNothingWhenDeclined() {
        AllocationViewModel vm = loaded();
        vm.dosesProperty().set("120,000");
        vm.preview();
        dialogs.answer = false;
        vm.apply();
        assertThat(dialogs.confirmations).singleElement().asString().contains("120,000 doses");
        assertThat(vm.resultProperty().get()).isEmpty();
    }

    @Test
    void applyingWritesTheAllocationOnTheServer() {
        AllocationViewModel vm = loaded();
        vm.dosesProperty().set("240,000");
        vm.preview();
        long placed = vm.previewProperty().get().summary().placedDoses();
        dialogs.answer = true;
        vm.apply();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get()).contains("Allocation applied");
        var again = client.previewAllocation(vm.campaignProperty().get().id(),
                new org.yeyak.client.AllocationForm(240_000, AllocationPolicy.EVEN_PER_CLINIC, false));
        assertThat(again.currentlyAllocatedDoses()).isEqualTo(placed);
    }

    @Test
    void exportWritesOneRowPerClinicAndDate(@TempDir Path dir) throws Exception {
        AllocationViewModel vm = loaded();
        vm.dosesProperty().set("60,000");
        vm.preview();
        Path file = dir.resolve("a.csv");
        vm.exportTo(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        AllocationPreview p = vm.previewProperty().get();
        assertThat(lines).hasSize(1 + p.rows().size() * p.dates().size());
        assertThat(lines.getFirst()).contains("clinic_id");
    }
}
