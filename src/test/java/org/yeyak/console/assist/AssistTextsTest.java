package org.yeyak.console.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yeyak.client.ApiProblemException;
import org.yeyak.client.Problem;
import org.yeyak.client.assist.AssistEligibility;
import org.yeyak.console.ui.I18n;
import org.yeyak.server.testing.Residents;

/** The words staff read: resident-id hints, refusals to read out, the confirmation document. */
class AssistTextsTest {
    static final I18n EN = I18n.forLocale(Locale.ENGLISH);
    static final I18n KO = I18n.forLocale(Locale.KOREAN);
    static final OffsetDateTime OPENS = OffsetDateTime.parse("2021-08-10T20:00:00+09:00");

    @Test
    void aResidentIdIsCheckedDigitByDigitAsItIsTyped() {
        String valid = Residents.of(LocalDate.of(1990, 5, 19), 4242);
        assertThat(ResidentIdInput.of("").hintKey()).isEqualTo("assist.id.hint.empty");
        assertThat(ResidentIdInput.of("9005")).satisfies(i -> {
            assertThat(i.hintKey()).isEqualTo("assist.id.hint.typing");
            assertThat(i.count()).isEqualTo(4);
            assertThat(i.wrong()).isFalse();
        });
        assertThat(ResidentIdInput.of("901319").hintKey()).isEqualTo("assist.id.hint.badDate");
        assertThat(ResidentIdInput.of("900230-1").hintKey()).isEqualTo("assist.id.hint.badDate");
        assertThat(ResidentIdInput.of("9005a").hintKey()).isEqualTo("assist.id.hint.digitsOnly");
        assertThat(ResidentIdInput.of(valid + "1").hintKey()).isEqualTo("assist.id.hint.tooLong");
        assertThat(ResidentIdInput.of(valid).valid()).isTrue();
        assertThat(ResidentIdInput.of(valid.replace("-", "")).valid()).isTrue();
        char last = valid.charAt(valid.length() - 1);
        String wrongCheck = valid.substring(0, valid.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        assertThat(ResidentIdInput.of(wrongCheck)).satisfies(i -> {
            assertThat(i.valid()).isFalse();
            assertThat(i.wrong()).isTrue();
            assertThat(i.hintKey()).isEqualTo("assist.id.hint.checkDigit");
        });
    }

    @Test
    void leapDayIsAPlausibleBirthDateUntilTheCenturyDigitSaysOtherwise() {
        assertThat(ResidentIdInput.of("000229").hintKey()).isEqualTo("assist.id.hint.typing");
        assertThat(ResidentIdInput.of("000229-3").hintKey()).isEqualTo("assist.id.hint.typing");
        assertThat(ResidentIdInput.of("000229-1").hintKey()).isEqualTo("assist.id.hint.badDate");
    }

    @Test
    void everyRefusalOfTheServerHasASentenceInBothLanguages() {
        for (String code : new String[] {"ALREADY_BOOKED", "SLOT_FULL", "WINDOW_CLOSED"}) {
            ApiProblemException e = new ApiProblemException(new Problem(409, "t", "d", code));
            assertThat(RefusalText.of(e, EN)).doesNotContain("!").isNotEqualTo("t — d");
            assertThat(RefusalText.of(e, KO)).doesNotContain("!").isNotEqualTo("t — d");
        }
        assertThat(RefusalText.of(new ApiProblemException(new Problem(409, "t", "d", "SLOT_FULL")), EN))
                .isEqualTo("There are no doses left at this clinic on that date. Please choose another date or clinic.");
    }

    @Test
    void notYourDaySaysWhenThePersonsWindowOpens() {
        ApiProblemException e = new ApiProblemException(new Problem(403, "Not eligible", "d", "NOT_ELIGIBLE")
                .with("reason", "NOT_YOUR_DAY").with("opensAt", OPENS.toString()));
        assertThat(RefusalText.of(e, EN)).isEqualTo(
                "Today is not your booking day. You can book from Tuesday 10 August at 8:00 PM.");
        assertThat(RefusalText.of(e, KO)).isEqualTo(
                "오늘은 예약하실 수 있는 날이 아닙니다. 8월 10일 (화) 오후 8:00부터 예약하실 수 있습니다.");
        assertThat(RefusalText.code(e)).isEqualTo("NOT_YOUR_DAY");
    }

    @Test
    void eligibilityFromALookUpReadsTheSameWay() {
        assertThat(RefusalText.of(new AssistEligibility(true, null, null, null, null), EN)).isNull();
        assertThat(RefusalText.of(new AssistEligibility(false, "WINDOW_NOT_OPEN", null, OPENS, "d"), EN))
                .isEqualTo("Your booking window has not opened yet. It opens Tuesday 10 August at 8:00 PM.");
        assertThat(RefusalText.of(new AssistEligibility(false, "NOT_ELIGIBLE", "COHORT", null, "d"), KO))
                .isEqualTo("이번 사전예약은 해당 연령대가 아니어서 예약해 드릴 수 없습니다.");
    }

    @Test
    void anUnknownRefusalFallsBackToTheServersOwnWords() {
        ApiProblemException e = new ApiProblemException(new Problem(400, "Invalid input", "clinicId is unknown.",
                "INVALID_INPUT"));
        assertThat(RefusalText.of(e, EN)).isEqualTo("Invalid input — clinicId is unknown.");
    }

    @Test
    void theConfirmationPageHasEverythingAPersonNeedsAndNoFullResidentId() {
        Confirmation c = new Confirmation("b-123", "18–49세 사전예약", "종로 <내과>", "서울 종로구 1", LocalDate.of(2021, 8, 26),
                "Pfizer", "홍*동", "900519-1******");
        String html = ConfirmationDocument.html(c, KO);
        assertThat(html).contains("<meta charset=\"utf-8\">", "b-123", "2021년 8월 26일 (목)", "종로 &lt;내과&gt;",
                "서울 종로구 1", "Pfizer", "홍*동 (900519-1******)", "예방접종 사전예약 확인서");
        assertThat(ConfirmationDocument.html(c, EN)).contains("Thursday 26 August 2021", "Booking number");
        assertThat(ConfirmationDocument.fileName(c)).isEqualTo("yeyak-b-123.html");
    }
}
