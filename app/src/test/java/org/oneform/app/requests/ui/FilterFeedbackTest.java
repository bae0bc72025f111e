package org.oneform.app.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.expr.ExpressionError.Reason;

/** The editor's explanation of a bad population filter: where it breaks, and which fields it cannot name. */
class FilterFeedbackTest {

    private static final Set<String> IDS = Set.of("resident.birth_date", "household.address");

    @Test
    void aParseErrorHasItsPositionAndReason() {
        var feedback = FilterFeedback.of("age(${resident.birth_date}) >= ", SubjectType.RESIDENT, IDS);
        assertThat(feedback.ok()).isFalse();
        assertThat(feedback.error().reason()).isEqualTo(Reason.UNEXPECTED_END);
        assertThat(feedback.error().position()).isEqualTo(31);
    }

    @Test
    void unknownAndForeignFieldsAreNamed() {
        var feedback = FilterFeedback.of("${resident.nope} = 1 and ${household.address} = 'x'", SubjectType.RESIDENT, IDS);
        assertThat(feedback.error()).isNull();
        assertThat(feedback.unknown()).containsExactly("resident.nope");
        assertThat(feedback.otherSubject()).containsExactly("household.address");
    }

    @Test
    void aGoodOrEmptyFilterIsOk() {
        assertThat(FilterFeedback.of("age(${resident.birth_date}) >= 60", SubjectType.RESIDENT, IDS).ok()).isTrue();
        assertThat(FilterFeedback.of("", SubjectType.RESIDENT, IDS).ok()).isTrue();
    }

    @Test
    void theMarkSplitsByCodePoints() {
        assertThat(FilterFeedback.around("年龄 >= x", 3)).containsExactly("年龄 ", ">", "= x");
        assertThat(FilterFeedback.around("ab", 2)).containsExactly("ab", "", "");
    }
}
