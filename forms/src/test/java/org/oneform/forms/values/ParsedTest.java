package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void validCarriesTheValue() {
        Parsed<String> parsed = new Parsed.Valid<>("x");
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.toOptional()).contains("x");
        assertThat(parsed.reason()).isEmpty();
        assertThat(parsed.orElseThrow()).isEqualTo("x");
    }

    @Test
    void invalidCarriesTheReason() {
        Parsed<String> parsed = new Parsed.Invalid<>("id.checksum");
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.toOptional()).isEmpty();
        assertThat(parsed.reason()).contains("id.checksum");
        assertThatThrownBy(parsed::orElseThrow).isInstanceOf(IllegalArgumentException.class).hasMessage("id.checksum");
    }

    @Test
    void patternMatchingReadsNaturally() {
        String outcome = switch (IdNumber.parse("11010519491231002X")) {
            case Parsed.Valid(IdNumber id) -> id.masked();
            case Parsed.Invalid(String reason) -> reason;
        };
        assertThat(outcome).isEqualTo("110105********002X");
    }
}
