package org.yeyak.console.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.console.assist.AssistScreen.everythingShown;
import static org.yeyak.console.assist.AssistScreen.signInAsCallCenter;
import static org.yeyak.console.assist.AssistScreen.text;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.yeyak.client.YeyakClient;
import org.yeyak.client.assist.AssistApi;
import org.yeyak.client.assist.ClinicAvailability;
import org.yeyak.client.assist.IdentityCheck;
import org.yeyak.console.ConsoleUiTest;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.testing.Residents;

/** The assisted-booking page, headless, signed in as {@code callcenter} on a real embedded demo server. */
class AssistPageTest extends ConsoleUiTest {
    static AssistApi colleague;

    @BeforeAll
    static void signInColleague() {
        YeyakClient client = new YeyakClient(console.server().url());
        client.signIn("callcenter", console.password());
        colleague = new AssistApi(client);
    }

    /** Born on the 19th: digit 9, whose window is open when the demo clock starts. */
    static String dueToday(int serial) {
        return Residents.of(LocalDate.of(1990, 5, 19), serial);
    }

    /** A colleague (the API directly) books {@code residentId} at a clinic and date. */
    static void colleagueBooks(String residentId, String clinicId, LocalDate date) {
        var found = colleague.lookUp("demo-18-49", ResidentId.parse(residentId));
        colleague.book("demo-18-49", found.person().personRef(), clinicId, date, IdentityCheck.PHONE_CALLBACK);
    }

    /** Keyboard only: number, name, Enter, Enter, a region, the first clinic, its first date, up to the identity step. */
    record Choice(ClinicAvailability clinic, DateSlot date) {
    }

    static Choice toIdentityStep(FxRobot robot, String residentId, String name) {
        AssistScreen.typeResidentId(robot, residentId);
        AssistScreen.waitFor("the name field", () -> robot.lookup("#personName").query().isFocused());
        robot.write(name);
        robot.type(KeyCode.ENTER);
        AssistScreen.waitFor("the eligibility step", () -> robot.lookup("#step-review").tryQuery().isPresent());
        AssistScreen.waitForText(robot, "#eligibility", "Can be booked now.");
        robot.type(KeyCode.ENTER);
        AssistScreen.waitFor("the region list focused", () -> robot.lookup("#region").query().isFocused());
        robot.type(KeyCode.DOWN); // the first region: Seoul
        ComboBox<?> region = robot.lookup("#region").queryComboBox();
        AssistScreen.waitFor("Seoul chosen", () -> region.getValue() != null);
        if (region.isShowing()) {
            robot.type(KeyCode.ENTER);
        }
        AssistScreen.waitFor("Seoul's clinics", () -> !clinics(robot).getItems().isEmpty());
        robot.type(KeyCode.ENTER); // from the region to the clinic list, first clinic selected
        AssistScreen.waitFor("a clinic selected", () -> clinics(robot).getSelectionModel().getSelectedItem() != null);
        ClinicAvailability clinic = clinics(robot).getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        AssistScreen.waitFor("the date list focused", () -> robot.lookup("#dates").tryQuery().isPresent()
                && dates(robot).isFocused());
        DateSlot date = dates(robot).getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        AssistScreen.waitFor("the identity step", () -> robot.lookup("#step-confirm").tryQuery().isPresent());
        return new Choice(clinic, date);
    }

    @SuppressWarnings("unchecked")
    static ListView<ClinicAvailability> clinics(FxRobot robot) {
        return robot.lookup("#clinics").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    static ListView<DateSlot> dates(FxRobot robot) {
        return robot.lookup("#dates").queryAs(ListView.class);
    }

    @Test
    void aTypedResidentIdIsValidatedThenShownOnlyMasked(FxRobot robot) {
        signInAsCallCenter(robot, console.password());
        String id = Residents.of(LocalDate.of(1990, 5, 19), 31337);
        AssistScreen.typeInto(robot, "#residentId", id.substring(0, 8));
        AssistScreen.waitForText(robot, "#idHint", "7 of 13 digits.");
        robot.write(id.substring(8));
        AssistScreen.waitForText(robot, "#maskedResidentId", "900519-1******");
        AssistScreen.waitFor("the typed number gone from the field",
                () -> robot.lookup("#residentId").queryTextInputControl().getText().isEmpty());
        assertThat(text(robot, "#idHint")).isEqualTo("Valid: born May 19, 1990.");
        assertThat(robot.lookup("#personName").query().isFocused()).isTrue();
        assertThat(everythingShown(robot)).doesNotContain(id).doesNotContain(id.replace("-", ""))
                .doesNotContain(id.substring(8));
    }

    @Test
    void aWalkInIsBookedEndToEndWithTheKeyboardOnly(FxRobot robot) {
        signInAsCallCenter(robot, console.password());
        String clinic = toIdentityStep(robot, dueToday(501), "홍길동").clinic().name();
        robot.type(KeyCode.ESCAPE); // back to the date, and forward again
        AssistScreen.waitFor("the date step", () -> robot.lookup("#step-date").tryQuery().isPresent());
        AssistScreen.waitFor("the date list focused", () -> dates(robot).isFocused());
        robot.type(KeyCode.ENTER);
        AssistScreen.waitFor("the identity step", () -> robot.lookup("#step-confirm").tryQuery().isPresent());
        AssistScreen.waitForText(robot, "#summary", "Book 홍*동 at " + clinic);
        robot.type(KeyCode.ENTER); // identity not recorded yet
        AssistScreen.waitForText(robot, "#assistRefusal", "Record how identity was confirmed first");
        robot.type(KeyCode.DIGIT1);
        assertThat(robot.lookup("#idCard").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.type(KeyCode.ENTER);

        AssistScreen.waitFor("the confirmation", () -> robot.lookup("#confirmationNumber").tryQuery().isPresent());
        String number = text(robot, "#confirmationNumber");
        assertThat(text(robot, "#doneText")).isEqualTo("Booked. Booking number " + number + ".");
        assertThat(everythingShown(robot)).contains(clinic, "Pfizer", "900519-1******")
                .doesNotContain(dueToday(501).substring(8));
        // The history is this staff member's day on this server (shared by the tests of this class): newest first.
        assertThat(robot.lookup("#assistHistory").queryListView().getItems().getFirst())
                .isInstanceOfSatisfying(HistoryEntry.class, e -> {
                    assertThat(e.action()).isEqualTo("BOOKED");
                    assertThat(e.bookingNumber()).isEqualTo(number);
                });

        robot.type(KeyCode.ENTER); // next caller
        AssistScreen.waitFor("an empty form", () -> robot.lookup("#residentId").query().isFocused());
        assertThat(robot.lookup("#personName").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void alreadyBookedIsReadOutAndTheStandingBookingShown(FxRobot robot) {
        signInAsCallCenter(robot, console.password());
        Choice choice = toIdentityStep(robot, dueToday(502), "김철수");
        ClinicAvailability clinic = choice.clinic();
        LocalDate date = choice.date().date();
        colleagueBooks(dueToday(502), clinic.clinicId(), date);
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);

        AssistScreen.waitForText(robot, "#assistRefusal",
                "You already have a booking in this campaign. I can move or cancel it for you.");
        AssistScreen.waitFor("the eligibility step", () -> robot.lookup("#step-review").tryQuery().isPresent());
        AssistScreen.waitForText(robot, "#existingBooking", clinic.name());
        assertThat(robot.lookup("#moveBooking").query().isVisible()).isTrue();
        assertThat(robot.lookup("#cancelBooking").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reviewNext").query().isVisible()).isFalse();
    }

    @Test
    void aFullSlotIsReadOutAndTheDateShownFull(FxRobot robot) {
        signInAsCallCenter(robot, console.password());
        Choice choice = toIdentityStep(robot, dueToday(503), "이영희");
        ClinicAvailability clinic = choice.clinic();
        DateSlot slot = choice.date();
        for (int i = 0; i < slot.available(); i++) {
            colleagueBooks(dueToday(3000 + i), clinic.clinicId(), slot.date());
        }
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);

        AssistScreen.waitForText(robot, "#assistRefusal",
                "There are no doses left at this clinic on that date. Please choose another date or clinic.");
        AssistScreen.waitFor("the date step", () -> robot.lookup("#step-date").tryQuery().isPresent());
        AssistScreen.waitFor("the date shown full", () -> robot.lookup(".slot-full").tryQuery().isPresent());
        assertThat(dates(robot).getItems()).filteredOn(d -> d.date().equals(slot.date())).singleElement()
                .satisfies(d -> assertThat(d.available()).isZero());
    }

    @Test
    void someoneWhoCannotBookYetHearsWhenAndEnterMovesToTheNextCaller(FxRobot robot) {
        signInAsCallCenter(robot, console.password());
        AssistScreen.typeResidentId(robot, Residents.of(LocalDate.of(1985, 3, 12), 504));
        AssistScreen.waitFor("the name field", () -> robot.lookup("#personName").query().isFocused());
        robot.write("Park Minsu");
        robot.type(KeyCode.ENTER);
        AssistScreen.waitForText(robot, "#eligibility",
                "Today is not your booking day. You can book from Thursday 12 August at 8:00 PM.");
        AssistScreen.waitFor("the next-caller button focused",
                () -> robot.lookup("#reviewNewCaller").query().isFocused());
        robot.type(KeyCode.ENTER);
        AssistScreen.waitFor("an empty form", () -> robot.lookup("#residentId").query().isFocused());
        assertThat(robot.lookup("#maskedResidentId").queryLabeled().getText()).isEmpty();
    }

    @Test
    void aBookingIsCancelledWithAReasonUsingTheKeyboardOnly(FxRobot robot) {
        String id = dueToday(505);
        ClinicAvailability clinic = colleague.availability("demo-18-49",
                colleague.lookUp("demo-18-49", ResidentId.parse(id)).person().personRef(), "11").getFirst();
        colleagueBooks(id, clinic.clinicId(), clinic.available().keySet().iterator().next());
        signInAsCallCenter(robot, console.password());
        AssistScreen.typeResidentId(robot, id);
        AssistScreen.waitFor("the name field", () -> robot.lookup("#personName").query().isFocused());
        robot.write("Hong Gildong");
        robot.type(KeyCode.ENTER);
        AssistScreen.waitForText(robot, "#existingBooking", clinic.name());
        AssistScreen.waitFor("the move button focused", () -> robot.lookup("#moveBooking").query().isFocused());
        robot.type(KeyCode.C);
        AssistScreen.waitFor("the reason field", () -> robot.lookup("#reason").query().isFocused());
        robot.write("Caller is moving abroad");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);

        AssistScreen.waitForText(robot, "#doneText", "is cancelled; the dose is back in stock.");
        AssistScreen.waitForText(robot, "#historyCounts", "1 cancelled");
        assertThat(colleague.lookUp("demo-18-49", ResidentId.parse(id)).in("demo-18-49").booking()).isNull();
    }
}
