package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {
    private static final LocalDate BORN = LocalDate.of(1990, 5, 19);

    @Test
    void parsesBirthDateAndBirthDigitFromAValidNumber() {
        ResidentId id = ResidentId.parse(ResidentIds.validFor(BORN, 1, 23456));
        assertThat(id.birthDate()).isEqualTo(BORN);
        assertThat(id.birthDigit()).isEqualTo(9);
        assertThat(id.sexDigit()).isEqualTo(1);
    }

    @Test
    void theDocumentedExampleNumberIsValid() {
        assertThat(ResidentId.isValid("900519-1234563")).isTrue();
    }

    @Test
    void masksEverythingAfterTheSexDigit() {
        ResidentId id = ResidentId.parse(ResidentIds.validFor(BORN, 1, 23456));
        assertThat(id.masked()).isEqualTo("900519-1******");
        assertThat(id.toString()).isEqualTo("900519-1******");
    }

    @Test
    void canonicalFormIsThirteenDigitsWithoutDash() {
        String text = ResidentIds.validFor(BORN, 2, 11111);
        assertThat(ResidentId.parse(text).canonical()).isEqualTo(text.replace("-", "")).hasSize(13);
    }

    @Test
    void acceptsTheBareThirteenDigitsAndTheDashedFormAsTheSameId() {
        String text = ResidentIds.validFor(BORN, 1, 42);
        assertThat(ResidentId.parse(text.replace("-", ""))).isEqualTo(ResidentId.parse(text))
                .hasSameHashCodeAs(ResidentId.parse(text));
    }

    @Test
    void sexDigitGivesTheCentury() {
        assertThat(ResidentId.parse(ResidentIds.validFor(LocalDate.of(1905, 3, 1), 5, 1)).birthDate().getYear()).isEqualTo(1905);
        assertThat(ResidentId.parse(ResidentIds.validFor(LocalDate.of(2005, 3, 1), 4, 1)).birthDate().getYear()).isEqualTo(2005);
        assertThat(ResidentId.parse(ResidentIds.validFor(LocalDate.of(2005, 3, 1), 8, 1)).birthDate().getYear()).isEqualTo(2005);
        assertThat(ResidentId.parse(ResidentIds.validFor(LocalDate.of(1899, 12, 31), 9, 1)).birthDate().getYear()).isEqualTo(1899);
    }

    @Test
    void aWrongCheckDigitIsRefusedForPeopleBornBeforeOctober2020() {
        String valid = ResidentIds.validFor(BORN, 1, 23456);
        String wrong = valid.substring(0, 13) + (char) ('0' + (valid.charAt(13) - '0' + 1) % 10);
        assertThatThrownBy(() -> ResidentId.parse(wrong))
                .isInstanceOf(InvalidResidentIdException.class)
                .hasMessageContaining("check digit")
                .hasMessageNotContaining(wrong)
                .hasMessageNotContaining(wrong.replace("-", ""));
    }

    @Test
    void numbersIssuedSinceOctober2020HaveNoCheckDigit() {
        LocalDate born = LocalDate.of(2020, 10, 1);
        for (int last = 0; last <= 9; last++) {
            assertThat(ResidentId.isValid("201001-4" + "12345" + last)).isTrue();
        }
        assertThat(ResidentId.parse(ResidentIds.validFor(born, 3, 7)).birthDate()).isEqualTo(born);
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(ResidentId.isValid("900230-1234567")).isFalse(); // 30 February
        assertThat(ResidentId.isValid("901301-1234567")).isFalse(); // month 13
        assertThat(ResidentId.isValid("210229-3234567")).isFalse(); // 2021 is not a leap year
    }

    @Test
    void malformedTextIsRefusedWithoutEchoingIt() {
        for (String text : new String[]{"", "900519", "900519-12345678", "900519_1234563", "9005a9-1234563", "900519-1234 63"}) {
            assertThatThrownBy(() -> ResidentId.parse(text)).isInstanceOf(InvalidResidentIdException.class);
        }
        assertThatThrownBy(() -> ResidentId.parse(null)).isInstanceOf(InvalidResidentIdException.class);
    }
}
