package org.yeyak.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResidentIdProperties {
    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Arbitraries.longs().between(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(2020, 9, 30), LocalDate.of(2020, 10, 1), LocalDate.of(2000, 2, 29)));
    }

    @Provide
    Arbitrary<LocalDate> withCheckDigit() {
        return between(LocalDate.of(1800, 1, 1), ResidentId.CHECK_DIGIT_DROPPED.minusDays(1));
    }

    @Provide
    Arbitrary<LocalDate> withoutCheckDigit() {
        return between(ResidentId.CHECK_DIGIT_DROPPED, LocalDate.of(2099, 12, 31));
    }

    private static Arbitrary<LocalDate> between(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(from, to));
    }

    @Provide
    Arbitrary<String> thirteenDigits() {
        return Arbitraries.strings().numeric().ofLength(13).map(s -> s.substring(0, 6) + "-" + s.substring(6));
    }

    @Property
    void aValidNumberRoundTripsThroughParse(@ForAll("birthDates") LocalDate born, @ForAll boolean female,
                                            @ForAll @IntRange(max = 99_999) int serial) {
        String text = ResidentIds.validFor(born, female, serial);

        ResidentId id = ResidentId.parse(text);

        assertThat(id.birthDate()).isEqualTo(born);
        assertThat(id.birthDigit()).isEqualTo(born.getDayOfMonth() % 10);
        assertThat(id.canonical()).isEqualTo(text.replace("-", ""));
        assertThat(ResidentId.parse(id.canonical())).isEqualTo(id);
        assertThat(id.masked()).isEqualTo(text.substring(0, 8) + "******");
    }

    @Property
    void toStringNeverShowsTheFullNumber(@ForAll("birthDates") LocalDate born, @ForAll boolean female,
                                         @ForAll @IntRange(max = 99_999) int serial) {
        String text = ResidentIds.validFor(born, female, serial);
        ResidentId id = ResidentId.parse(text);

        assertThat(id.toString()).isEqualTo(id.masked())
                .doesNotContain(text).doesNotContain(id.canonical())
                .endsWith("******").hasSize(14);
    }

    @Property
    void anyOtherCheckDigitIsRefusedForPeopleBornBeforeOctober2020(
            @ForAll("withCheckDigit") LocalDate born, @ForAll boolean female,
            @ForAll @IntRange(max = 99_999) int serial, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = ResidentIds.validFor(born, female, serial);
        String wrong = valid.substring(0, 13) + (valid.charAt(13) - '0' + shift) % 10;

        assertThat(ResidentId.isValid(wrong)).isFalse();
    }

    @Property
    void anyLastDigitIsAcceptedForPeopleBornSinceOctober2020(
            @ForAll("withoutCheckDigit") LocalDate born, @ForAll boolean female,
            @ForAll @IntRange(max = 99_999) int serial, @ForAll @IntRange(max = 9) int last) {
        String valid = ResidentIds.validFor(born, female, serial);

        assertThat(ResidentId.isValid(valid.substring(0, 13) + last)).isTrue();
    }

    @Property
    void aRefusalNeverRepeatsTheNumberItRefused(@ForAll("thirteenDigits") String text) {
        Throwable refused = catchThrowable(() -> ResidentId.parse(text));
        Assume.that(refused != null);

        assertThat(refused).isInstanceOf(InvalidResidentIdException.class);
        assertThat(refused.getMessage()).doesNotContain(text).doesNotContain(text.replace("-", ""))
                .doesNotContainPattern("\\d{6}");
    }
}
