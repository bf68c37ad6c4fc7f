package org.yeyak.console.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.assist.AssistApi;
import org.yeyak.client.assist.ClinicAvailability;
import org.yeyak.client.assist.IdentityCheck;
import org.yeyak.console.assist.AssistViewModel.Mode;
import org.yeyak.console.assist.AssistViewModel.Step;
import org.yeyak.rules.ResidentId;
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

    /** Born on the 19th: digit 9, whose window is open when the demo clock starts. Serials keep people apart. */
    static String dueToday(int serial) {
        return Residents.of(LocalDate.of(1990, 5, 19), serial);
    }

    @BeforeEach
    void newViewModel() {
        history = new SessionHistory(Clock.systemDefaultZone());
        vm = viewModel(history);
    }

    static AssistViewModel viewModel(SessionHistory history) {
        AssistViewModel vm = new AssistViewModel(new AssistApi(client), new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), history);
        vm.load();
        return vm;
    }

    /** Types the number and name and presses Enter. */
    static void lookUp(AssistViewModel vm, String residentId, String name) {
        vm.residentIdTyped(residentId);
        vm.nameProperty().set(name);
        vm.forward();
    }

    /** From an eligible person's review to the identity step, at the first clinic of Seoul with doses left. */
    static void chooseSeoulClinic(AssistViewModel vm) {
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CLINIC);
        vm.chooseRegion(vm.regions().getFirst());
        assertThat(vm.place().clinics()).isNotEmpty();
        vm.place().clinicProperty().set(vm.place().clinics().getFirst());
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DATE);
        assertThat(vm.place().dateProperty().get()).isNotNull();
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CONFIRM);
    }

    static void bookWalkIn(AssistViewModel vm, String residentId) {
        lookUp(vm, residentId, "홍길동");
        chooseSeoulClinic(vm);
        vm.identityCheckProperty().set(IdentityCheck.ID_CARD_SEEN);
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
    }

    @Test
    void aWalkInIsBookedFromNumberToConfirmation() {
        lookUp(vm, dueToday(1001), "홍길동");
        assertThat(vm.stepProperty().get()).isEqualTo(Step.REVIEW);
        assertThat(vm.personProperty().get().maskedResidentId()).isEqualTo("900519-1******");
        assertThat(vm.personProperty().get().maskedName()).isEqualTo("홍*동");
        assertThat(vm.eligibilityTextProperty().get()).isEqualTo("Can be booked now.");
        assertThat(vm.hasBooking()).isFalse();
        chooseSeoulClinic(vm);
        ClinicAvailability clinic = vm.place().clinicProperty().get();
        LocalDate date = vm.place().dateProperty().get().date();
        int before = vm.place().dateProperty().get().available();

        vm.forward(); // no identity check recorded yet
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CONFIRM);
        assertThat(vm.refusalProperty().get()).isEqualTo("Record how identity was confirmed first (1 or 2).");
        vm.identityCheckProperty().set(IdentityCheck.ID_CARD_SEEN);
        vm.forward();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.refusalProperty().get()).isEmpty();
        Confirmation c = vm.confirmationProperty().get();
        assertThat(c.bookingNumber()).isNotBlank();
        assertThat(c.clinicName()).isEqualTo(clinic.name());
        assertThat(c.address()).isEqualTo(clinic.address());
        assertThat(c.date()).isEqualTo(date);
        assertThat(c.vaccine()).isEqualTo("Pfizer");
        assertThat(c.maskedResidentId()).isEqualTo("900519-1******");
        assertThat(vm.doneTextProperty().get()).isEqualTo("Booked. Booking number " + c.bookingNumber() + ".");
        assertThat(history.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("BOOKED");
            assertThat(e.bookingNumber()).isEqualTo(c.bookingNumber());
            assertThat(e.maskedResidentId()).isEqualTo("900519-1******");
        });

        // The server holds it: a fresh look-up shows the booking, and the dose is gone from stock.
        AssistViewModel again = viewModel(new SessionHistory(Clock.systemDefaultZone()));
        lookUp(again, dueToday(1001), "홍길동");
        assertThat(again.personProperty().get().booking().bookingId()).isEqualTo(c.bookingNumber());
        assertThat(again.bookedClinicProperty().get().name()).isEqualTo(clinic.name());
        again.startMove();
        again.chooseRegion(again.regions().getFirst());
        ClinicAvailability same = again.place().clinics().stream().filter(k -> k.clinicId().equals(clinic.clinicId()))
                .findFirst().orElseThrow();
        assertThat(same.available().get(date)).isEqualTo(before - 1);
    }

    @Test
    void bookingAgainAfterAnAnswerThatNeverCameGetsTheSameBookingNotAlreadyBooked() {
        // The first booking request reaches the server and books; its answer is lost on the way
        // back (as in a timeout). Pressing Book again must show that booking, once.
        java.util.List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean lose = new java.util.concurrent.atomic.AtomicBoolean(true);
        okhttp3.OkHttpClient lossy = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
            okhttp3.Request req = chain.request();
            okhttp3.Response res = chain.proceed(req);
            if (req.method().equals("POST") && req.url().encodedPath().equals("/api/v1/assist/bookings")) {
                keys.add(String.valueOf(req.header("Idempotency-Key")));
                if (lose.getAndSet(false)) {
                    res.close();
                    throw new java.io.InterruptedIOException("timeout");
                }
            }
            return res;
        }).build();
        YeyakClient flaky = new YeyakClient(server.url(), lossy);
        flaky.signIn("callcenter", server.demoPassword().orElseThrow());
        AssistViewModel staff = new AssistViewModel(new AssistApi(flaky), new CurrentThreadTaskExecutor(),
                I18n.forLocale(Locale.ENGLISH), history);
        staff.load();
        lookUp(staff, dueToday(1077), "홍길동");
        chooseSeoulClinic(staff);
        staff.identityCheckProperty().set(IdentityCheck.ID_CARD_SEEN);

        staff.forward();
        assertThat(staff.stepProperty().get()).isEqualTo(Step.CONFIRM);
        assertThat(staff.refusalProperty().get()).startsWith("No answer in time");

        staff.forward();
        assertThat(staff.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(keys).hasSize(2).doesNotContain("null");
        assertThat(keys.get(1)).as("the same key for the same booking").isEqualTo(keys.get(0));
        String number = staff.confirmationProperty().get().bookingNumber();
        AssistViewModel again = viewModel(new SessionHistory(Clock.systemDefaultZone()));
        lookUp(again, dueToday(1077), "홍길동");
        assertThat(again.personProperty().get().booking().bookingId()).isEqualTo(number);
        assertThat(history.entries()).filteredOn(e -> e.action().equals("BOOKED")).singleElement()
                .satisfies(e -> assertThat(e.bookingNumber()).isEqualTo(number));
    }

    @Test
    void enterAfterBookingStartsTheNextCallerWithNothingOfTheLastOne() {
        bookWalkIn(vm, dueToday(1002));
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PERSON);
        assertThat(vm.maskedResidentIdProperty().get()).isEmpty();
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.personProperty().get()).isNull();
        assertThat(vm.confirmationProperty().get()).isNull();
        assertThat(history.entries()).hasSize(1);
    }

    @Test
    void aSecondBookingIsRefusedAsAlreadyBookedAndTheStandingBookingIsShown() {
        lookUp(vm, dueToday(1003), "김철수");
        chooseSeoulClinic(vm);
        vm.identityCheckProperty().set(IdentityCheck.PHONE_CALLBACK);
        // Meanwhile a colleague books the same person.
        AssistViewModel colleague = viewModel(new SessionHistory(Clock.systemDefaultZone()));
        bookWalkIn(colleague, dueToday(1003));

        vm.forward();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.REVIEW);
        assertThat(vm.refusalProperty().get()).isEqualTo(
                "You already have a booking in this campaign. I can move or cancel it for you.");
        assertThat(vm.personProperty().get().booking().bookingId())
                .isEqualTo(colleague.confirmationProperty().get().bookingNumber());
        assertThat(history.entries()).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("REFUSED"));
    }

    @Test
    void aFullSlotIsRefusedAndTheDateListShowsItFull() {
        lookUp(vm, dueToday(1100), "이영희");
        vm.forward();
        vm.chooseRegion(vm.regions().getFirst());
        // The clinic date with the fewest doses left for today's digit, so that filling it takes few bookings.
        record Slot(ClinicAvailability clinic, LocalDate date, int left) {
        }
        Slot slot = vm.place().clinics().stream()
                .flatMap(k -> k.available().entrySet().stream().map(e -> new Slot(k, e.getKey(), e.getValue())))
                .filter(s -> s.left() > 0).min(Comparator.comparingInt(Slot::left)).orElseThrow();
        vm.place().clinicProperty().set(slot.clinic());
        vm.forward();
        vm.place().dateProperty().set(vm.place().dates().stream().filter(d -> d.date().equals(slot.date())).findFirst().orElseThrow());
        vm.forward();
        vm.identityCheckProperty().set(IdentityCheck.ID_CARD_SEEN);
        // Others take every dose left there before this booking goes through.
        AssistApi api = new AssistApi(client);
        for (int i = 0; i < slot.left(); i++) {
            var other = api.lookUp("demo-18-49", ResidentId.parse(dueToday(2000 + i)));
            api.book("demo-18-49", other.person().personRef(), slot.clinic().clinicId(), slot.date(),
                    IdentityCheck.ID_CARD_SEEN);
        }

        vm.forward();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DATE);
        assertThat(vm.refusalProperty().get()).isEqualTo(
                "There are no doses left at this clinic on that date. Please choose another date or clinic.");
        assertThat(vm.place().dates()).filteredOn(d -> d.date().equals(slot.date())).singleElement()
                .satisfies(d -> assertThat(d.available()).isZero());
        assertThat(vm.place().dateProperty().get().available()).isZero();
        vm.forward(); // a full date cannot be chosen
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DATE);
        assertThat(history.entries()).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("REFUSED"));
    }

    @Test
    void someoneWhoseDayIsLaterHearsWhenTheirWindowOpens() {
        lookUp(vm, Residents.of(LocalDate.of(1985, 3, 12), 1200), "박민수");
        assertThat(vm.stepProperty().get()).isEqualTo(Step.REVIEW);
        assertThat(vm.personProperty().get().eligible()).isFalse();
        assertThat(vm.eligibilityTextProperty().get()).isEqualTo(
                "Today is not your booking day. You can book from Thursday 12 August at 8:00 PM.");
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.REVIEW);
    }

    @Test
    void someoneOutsideTheCohortIsToldSo() {
        lookUp(vm, Residents.of(LocalDate.of(1960, 5, 19), 1300), "최고령");
        assertThat(vm.eligibilityTextProperty().get()).isEqualTo(
                "This campaign is not for your age group, so I cannot book you in it.");
    }

    @Test
    void aBookingIsCancelledWithAReasonAndTheDoseGoesBack() {
        bookWalkIn(vm, dueToday(1400));
        String number = vm.confirmationProperty().get().bookingNumber();
        vm.newCaller();
        lookUp(vm, dueToday(1400), "홍길동");
        assertThat(vm.hasBooking()).isTrue();
        vm.startCancel();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CONFIRM);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.CANCEL);
        vm.identityCheckProperty().set(IdentityCheck.PHONE_CALLBACK);
        vm.forward(); // no reason yet
        assertThat(vm.refusalProperty().get()).isEqualTo("Enter the reason first.");
        vm.reasonProperty().set("가족 일정");
        vm.forward();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.doneTextProperty().get()).isEqualTo(
                "Booking " + number + " is cancelled; the dose is back in stock.");
        assertThat(vm.confirmationProperty().get()).isNull();
        assertThat(history.entries().getFirst().action()).isEqualTo("CANCELLED");
        vm.newCaller();
        lookUp(vm, dueToday(1400), "홍길동");
        assertThat(vm.hasBooking()).isFalse();
        assertThat(vm.eligibilityTextProperty().get()).isEqualTo("Can be booked now.");
    }

    @Test
    void aBookingIsMovedToAnotherClinicKeepingItsNumber() {
        bookWalkIn(vm, dueToday(1500));
        String number = vm.confirmationProperty().get().bookingNumber();
        String firstClinic = vm.confirmationProperty().get().clinicName();
        vm.newCaller();
        lookUp(vm, dueToday(1500), "홍길동");
        vm.startMove();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CLINIC);
        vm.chooseRegion(vm.regions().get(1));
        vm.place().clinicProperty().set(vm.place().clinics().getFirst());
        vm.forward();
        vm.forward();
        vm.identityCheckProperty().set(IdentityCheck.ID_CARD_SEEN);
        vm.reasonProperty().set("moved to Busan");
        vm.forward();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        Confirmation c = vm.confirmationProperty().get();
        assertThat(c.bookingNumber()).isEqualTo(number);
        assertThat(c.clinicName()).isNotEqualTo(firstClinic).isEqualTo(vm.place().clinicProperty().get().name());
        assertThat(vm.doneTextProperty().get()).isEqualTo("Moved. Booking number " + number + ".");
        assertThat(history.entries().getFirst().action()).isEqualTo("MOVED");
    }

    @Test
    void escWalksBackStepByStepToAnEmptyForm() {
        lookUp(vm, dueToday(1600), "홍길동");
        chooseSeoulClinic(vm);
        List<Step> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            vm.back();
            seen.add(vm.stepProperty().get());
        }
        assertThat(seen).containsExactly(Step.DATE, Step.CLINIC, Step.REVIEW, Step.PERSON);
        assertThat(vm.residentIdEntered()).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("홍길동");
    }

    @Test
    void theConfirmationIsSavedAsAnHtmlPageWithoutTheFullNumber(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String id = dueToday(1700);
        bookWalkIn(vm, id);
        Path file = dir.resolve("c.html");
        List<Path> saved = new java.util.ArrayList<>();
        vm.saveConfirmation(file, saved::add);
        assertThat(saved).containsExactly(file);
        String html = Files.readString(file);
        assertThat(html).contains(vm.confirmationProperty().get().bookingNumber(),
                vm.confirmationProperty().get().clinicName(), "900519-1******");
        assertThat(html).doesNotContain(id).doesNotContain(id.replace("-", ""));
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

    @Test
    void clinicsAreFilteredByWhatStaffTypeAndTheRegionStaysForTheNextCaller() {
        lookUp(vm, dueToday(1800), "홍길동");
        vm.forward();
        vm.chooseRegion(vm.regions().getFirst());
        int all = vm.place().clinics().size();
        String district = vm.place().clinics().getFirst().address().split(" ")[1];
        vm.place().filterProperty().set(district);
        assertThat(vm.place().clinics()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(k -> assertThat(k.name() + " " + k.address()).contains(district));

        vm.newCaller();
        assertThat(vm.place().filterProperty().get()).isEmpty();
        assertThat(vm.place().clinics()).isEmpty();
        lookUp(vm, dueToday(1801), "김철수");
        vm.forward();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CLINIC);
        assertThat(vm.place().region().get().code()).isEqualTo("11");
        assertThat(vm.place().clinics()).hasSize(all);
    }
}
