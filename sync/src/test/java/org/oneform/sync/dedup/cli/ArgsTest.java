package org.oneform.sync.dedup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void readsKnownOptionsWithDefaults() {
        Args args = Args.parse(new String[] {"--in", "a.csv", "--upper", "18"}, Set.of("in", "upper", "lower"), "u");

        assertThat(args.required("in", "u")).isEqualTo("a.csv");
        assertThat(args.get("upper", "16")).isEqualTo("18");
        assertThat(args.get("lower", "10")).isEqualTo("10");
    }

    @Test
    void refusesUnknownOrValuelessOptionsAndMissingRequiredOnes() {
        assertThatThrownBy(() -> Args.parse(new String[] {"--bogus", "1"}, Set.of("in"), "u")).hasMessage("usage: u");
        assertThatThrownBy(() -> Args.parse(new String[] {"--in"}, Set.of("in"), "u")).hasMessage("usage: u");
        assertThatThrownBy(() -> Args.parse(new String[] {}, Set.of("in"), "u").required("in", "u"))
                .hasMessageContaining("--in is required");
    }
}
