package org.oneform.sync.dedup.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;

class NormalisedPersonTest {

    private static final String ID = "33018719850312123X";

    @ParameterizedTest
    @ValueSource(strings = {"33018719850312123X", "33018719850312123x", "３３０１８７１９８５０３１２１２３Ｘ",
        "330187 19850312 123X", "330187850312123"})
    void idNumbersAreCanonicalAndValidWhateverTheSpelling(String raw) {
        IdKey key = IdKey.of(raw);

        assertThat(key.valid()).isTrue();
        assertThat(key.value()).isEqualTo(ID);
    }

    @Test
    void aMistypedIdNumberStaysComparableButInvalid() {
        IdKey key = IdKey.of("33018719850312124x");

        assertThat(key.valid()).isFalse();
        assertThat(key.value()).isEqualTo("33018719850312124X");
        assertThat(IdKey.of("")).isNull();
    }

    @Test
    void birthDateAndSexComeFromAValidIdWhenMissing() {
        NormalisedPerson p = NormalisedPerson.of(new PersonRecord(new RecordId("r"), "张 伟", "", "", ID, "", ""));

        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(p.sex()).isEqualTo('M');
        assertThat(p.name().text()).isEqualTo("张伟");
    }

    @Test
    void notFromAnInvalidOneWhoseDateDigitsMayBeTheTypo() {
        NormalisedPerson p = NormalisedPerson.of(new PersonRecord(new RecordId("r"), "张伟", "", "", "330187198503221231", "", ""));

        assertThat(p.birthDate()).isNull();
        assertThat(p.sex()).isEqualTo((char) 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-03-12", "1985/3/12", "19850312", "1985年3月12日", "1985.03.12", "１９８５－０３－１２"})
    void birthDatesInTheUsualSpellings(String raw) {
        assertThat(BirthDates.parse(raw)).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+86 13812345678", "１３８１２３４５６７８"})
    void phonesAreNationalDigits(String raw) {
        assertThat(NormalisedPerson.phone(raw)).isEqualTo("13812345678");
    }

    @Test
    void aNameKeepsEveryReadingOfAPolyphonicCharacter() {
        Name name = Name.of("长青");

        assertThat(name.readings().getFirst()).contains("zhang", "chang");
        assertThat(name.spellings(-1, 8)).contains("zhang qing", "chang qing");
    }
}
