package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.yeyak.rules.ResidentId;

class ResidentsTest {
    private final Residents residents = Residents.demoCohort(42);

    @Test
    void checkDigitMatchesTheClassicAlgorithm() {
        // The example number of the API contract: weights 2..9,2..5 give 206; 11 - 206 % 11 = 3.
        assertThat(Residents.checkDigit("900519123456")).isEqualTo(3);
        assertThat(Residents.checkDigitHolds("900519-1234563")).isTrue();
        assertThat(Residents.checkDigitHolds("900519-1234564")).isFalse();
    }

    @Property(tries = 300)
    void everyResidentIsValidBornInTheCohortOnTheDaysDigit(@ForAll @IntRange(min = 0, max = 9) int digit,
                                                           @ForAll @IntRange(min = 0, max = 5_000_000) int index) {
        List<LocalDate> dates = residents.birthDates(digit);
        Resident r = residents.person(digit, index, dates);
        String id = r.residentId();
        assertThat(id).matches("\\d{6}-\\d{7}");
        assertThat(Residents.checkDigitHolds(id)).isTrue();
        // The server's own validator agrees, and reads the same birth date and digit.
        ResidentId parsed = ResidentId.parse(id);
        assertThat(parsed.birthDate()).isEqualTo(r.birthDate());
        assertThat(parsed.birthDigit()).isEqualTo(digit);
        assertThat(r.birthDate()).isBetween(LocalDate.of(1972, 1, 1), LocalDate.of(2003, 12, 31));
        assertThat(r.birthDate().getDayOfMonth() % 10).isEqualTo(digit);
        assertThat(r.birthDigit()).isEqualTo(digit);
        // The number encodes the birth date: YYMMDD and the century in the sex digit.
        assertThat(id.substring(0, 6)).isEqualTo(String.format("%02d%02d%02d", r.birthDate().getYear() % 100,
                r.birthDate().getMonthValue(), r.birthDate().getDayOfMonth()));
        char sex = id.charAt(7);
        assertThat(sex).isIn(r.birthDate().getYear() < 2000 ? List.of('1', '2') : List.of('3', '4'));
        assertThat(Regions.codes()).contains(r.region());
        assertThat(r.phone()).matches("010-\\d{4}-\\d{4}");
    }

    @Test
    void digitNineOnTheDemoDayMeansBornOnTheNinthNineteenthOrTwentyNinth() {
        assertThat(residents.birthDates(9)).extracting(LocalDate::getDayOfMonth).containsOnly(9, 19, 29);
        assertThat(residents.birthDates(1)).extracting(LocalDate::getDayOfMonth).containsOnly(1, 11, 21, 31);
    }

    @Test
    void everyCitizenOfARunIsADistinctPerson() {
        List<LocalDate> dates = residents.birthDates(9);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            ids.add(residents.person(9, i, dates).residentId());
        }
        assertThat(ids).hasSize(200_000);
    }

    @Test
    void theSeedChangesThePeopleSoRepeatedRunsDoNotCollide() {
        List<LocalDate> dates = residents.birthDates(9);
        Residents other = Residents.demoCohort(43);
        assertThat(other.person(9, 0, dates).residentId()).isNotEqualTo(residents.person(9, 0, dates).residentId());
    }

    @Test
    void aResidentPrintsMasked() {
        Resident r = residents.person(9, 7, residents.birthDates(9));
        assertThat(r.toString()).doesNotContain(r.residentId()).contains(r.residentId().substring(0, 8) + "******");
    }

    @Test
    void provincesArePickedInProportionToPopulation() {
        int seoul = 0;
        int gyeonggi = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            String code = Regions.pick((i + 0.5) / n);
            seoul += code.equals("11") ? 1 : 0;
            gyeonggi += code.equals("41") ? 1 : 0;
        }
        assertThat(seoul / (double) n).isBetween(0.18, 0.19);     // 9.51M of 51.64M
        assertThat(gyeonggi / (double) n).isBetween(0.26, 0.27);  // 13.57M of 51.64M
        assertThat(Regions.codes()).hasSize(17);
    }
}
