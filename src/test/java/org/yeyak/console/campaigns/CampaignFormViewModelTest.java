package org.yeyak.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.Campaign;
import org.yeyak.client.YeyakClient;
import org.yeyak.console.campaigns.CampaignFormViewModel.Field;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.console.ui.CurrentThreadTaskExecutor;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.ScheduleWarning;

/** The campaign form's logic, synchronously, against a real embedded server: no toolkit. */
class CampaignFormViewModelTest {
    @TempDir
    static Path data;
    static EmbeddedServer server;
    static YeyakClient client;

    final List<Campaign> saved = new ArrayList<>();

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

    CampaignFormViewModel blank() {
        return new CampaignFormViewModel(client, new CurrentThreadTaskExecutor(), I18n.forLocale(Locale.ENGLISH), null,
                saved::add);
    }

    CampaignFormViewModel filled(String id, LocalDate firstDay) {
        CampaignFormViewModel vm = blank();
        vm.idProperty().set(id);
        vm.nameProperty().set("18–49세 사전예약");
        vm.bornFromProperty().set(LocalDate.of(1972, 1, 1));
        vm.bornToProperty().set(LocalDate.of(2003, 12, 31));
        vm.firstBookingDayProperty().set(firstDay);
        vm.vaccinationFromProperty().set(firstDay.plusDays(17));
        vm.vaccinationToProperty().set(firstDay.plusDays(52));
        vm.vaccineProperty().set("Moderna");
        return vm;
    }

    @Test
    void aBlankFormNamesEveryMissingFieldAndCannotBeSaved() {
        CampaignFormViewModel vm = blank();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems().get().keySet()).contains(Field.ID, Field.NAME, Field.BORN_FROM, Field.BORN_TO,
                Field.FIRST_DAY, Field.VACCINATION_FROM, Field.VACCINATION_TO, Field.VACCINE, Field.VIAL_SIZE);
        vm.save();
        assertThat(saved).isEmpty();
    }

    @Test
    void choosingAVaccineFillsItsVialSize() {
        CampaignFormViewModel vm = blank();
        vm.vaccineProperty().set("Pfizer");
        assertThat(vm.vialSizeProperty().get()).isEqualTo(6);
        vm.vaccineProperty().set("Moderna");
        assertThat(vm.vialSizeProperty().get()).isEqualTo(10);
    }

    @Test
    void fieldProblemsAreNamedOnTheirField() {
        CampaignFormViewModel vm = filled("ok-id", LocalDate.of(2021, 8, 9));
        assertThat(vm.validProperty().get()).isTrue();
        vm.idProperty().set("Not An Id");
        vm.bornToProperty().set(LocalDate.of(1971, 1, 1));
        vm.closesAtProperty().set("21:00");
        vm.vaccinationFromProperty().set(LocalDate.of(2021, 8, 1));
        assertThat(vm.problems().get()).containsOnlyKeys(Field.ID, Field.BORN_TO, Field.CLOSES_AT, Field.VACCINATION_FROM);
        assertThat(vm.problem(Field.BORN_TO)).contains("Ends before it starts");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void tenDaysAcrossAMonthEndWarnOfADoubleAndAGapAndTheProposedFixClearsThem() {
        CampaignFormViewModel vm = filled("month-end", LocalDate.of(2021, 8, 26));
        assertThat(vm.warnings()).extracting(ScheduleWarning::kind, ScheduleWarning::digit)
                .contains(org.assertj.core.groups.Tuple.tuple(ScheduleWarning.Kind.DOUBLE, 1),
                        org.assertj.core.groups.Tuple.tuple(ScheduleWarning.Kind.GAP, 5));
        assertThat(vm.demandProperty().get()).hasValueSatisfying(d -> assertThat(d.unscheduled()).isPositive());

        vm.applyProposedFix();
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.scheduleProperty().get().bookingDays()).hasSize(10)
                .startsWith(LocalDate.of(2021, 8, 26)).endsWith(LocalDate.of(2021, 9, 4));
        assertThat(vm.demandProperty().get()).hasValueSatisfying(d -> assertThat(d.unscheduled()).isZero());
    }

    @Test
    void theClinicsCapacityIsSplitEvenlyOverTheBookingDays() {
        List<org.yeyak.client.Clinic> clinics = client.clinics();
        CampaignFormViewModel vm = new CampaignFormViewModel(client, new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), null, saved::add, clinics);
        vm.vaccineProperty().set("Pfizer");
        vm.firstBookingDayProperty().set(LocalDate.of(2021, 8, 9));
        assertThat(vm.capacityProperty().get()).isEmpty();
        vm.vaccinationFromProperty().set(LocalDate.of(2021, 8, 26));
        vm.vaccinationToProperty().set(LocalDate.of(2021, 9, 30));
        long perDay = clinics.stream().filter(k -> k.active() && (k.vaccine() == null || k.vaccine().equals("Pfizer")))
                .mapToLong(org.yeyak.client.Clinic::dailyCapacity).sum();
        assertThat(perDay).isPositive();
        assertThat(vm.capacityProperty().get()).hasSize(10).allSatisfy((day, doses) ->
                assertThat(doses).isEqualTo(perDay * 36 / 10));
    }

    @Test
    void agesOnADateGiveTheCohortOfBirthDates() {
        CampaignFormViewModel vm = filled("ages", LocalDate.of(2021, 8, 9));
        vm.cohortModeProperty().set(CampaignFormViewModel.CohortMode.AGES);
        vm.minAgeProperty().set(18);
        vm.maxAgeProperty().set(49);
        vm.agesOnProperty().set(LocalDate.of(2021, 8, 9));
        assertThat(vm.campaignScheduleProperty().get()).hasValueSatisfying(s -> {
            assertThat(s.cohort().bornFrom()).isEqualTo(LocalDate.of(1971, 8, 10));
            assertThat(s.cohort().bornTo()).isEqualTo(LocalDate.of(2003, 8, 9));
        });
        vm.maxAgeProperty().set(10);
        assertThat(vm.problem(Field.MAX_AGE)).isPresent();
    }

    @Test
    void aCatchUpDayInsideTheTenDaysIsRefused() {
        CampaignFormViewModel vm = filled("catch-up", LocalDate.of(2021, 8, 9));
        assertThat(vm.addCatchUp("40s", LocalDate.of(1972, 1, 1), LocalDate.of(1981, 12, 31), LocalDate.of(2021, 8, 15)))
                .hasValueSatisfying(m -> assertThat(m).contains("after the last booking day 2021-08-18"));
        assertThat(vm.addCatchUp("40s", LocalDate.of(1972, 1, 1), LocalDate.of(1981, 12, 31), LocalDate.of(2021, 8, 19)))
                .isEmpty();
        assertThat(vm.catchUp()).hasSize(1);
    }

    @Test
    void savingCreatesTheCampaignOnTheServerWithItsWarnings() {
        CampaignFormViewModel vm = filled("save-me", LocalDate.of(2021, 8, 26));
        vm.addCatchUp("40대", LocalDate.of(1972, 1, 1), LocalDate.of(1981, 12, 31), LocalDate.of(2021, 9, 6));
        vm.save();
        assertThat(vm.saveErrorProperty().get()).isEmpty();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("save-me");
            assertThat(c.schedule().warnings()).isNotEmpty();
            assertThat(c.schedule().proposedFix()).hasSize(10);
            assertThat(c.catchUp()).singleElement().extracting(x -> x.day()).isEqualTo(LocalDate.of(2021, 9, 6));
            assertThat(c.vialSize()).isEqualTo(10);
        });
        assertThat(client.campaign("save-me").name()).isEqualTo("18–49세 사전예약"); // created: nothing cached before
    }

    @Test
    void aTakenIdShowsTheServersRefusal() {
        filled("taken", LocalDate.of(2021, 8, 9)).save();
        CampaignFormViewModel again = filled("taken", LocalDate.of(2021, 8, 9));
        again.save();
        assertThat(again.saveErrorProperty().get()).contains("There is already a campaign 'taken'");
        assertThat(again.savingProperty().get()).isFalse();
    }

    @Test
    void editingLoadsTheSavedCampaignAndSavesChanges() {
        filled("edit-me", LocalDate.of(2021, 8, 9)).save();
        Campaign original = client.campaign("edit-me");
        CampaignFormViewModel vm = new CampaignFormViewModel(client, new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), original, saved::add);
        assertThat(vm.editing()).isTrue();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.scheduleProperty().get().bookingDays()).isEqualTo(original.bookingDays());
        vm.nameProperty().set("renamed");
        vm.save();
        assertThat(vm.saveErrorProperty().get()).isEmpty();
        assertThat(saved.getLast().name()).isEqualTo("renamed");
        // The list is read from the store (GET /campaigns/{id} may answer from a one-second cache).
        Campaign stored = client.campaigns().stream().filter(c -> c.id().equals("edit-me")).findFirst().orElseThrow();
        assertThat(stored.name()).isEqualTo("renamed");
        assertThat(stored.bookingDays()).isEqualTo(original.bookingDays());
    }
}
