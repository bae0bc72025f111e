package org.oneform.app.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneform.sync.cycle.CycleProblem;
import org.oneform.sync.review.ReturnProblem;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewProblem;

/**
 * Bad input on the supervisor's screens gets a clear message in both languages: every reason a cycle, a review
 * decision or a return is refused for, and every decision and kind the review screen names, has its text.
 */
class SupervisorMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyRefusalDecisionAndKindHasItsText(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (CycleProblem.Reason reason : CycleProblem.Reason.values()) {
            keys.add("cycle.problem." + reason.name());
        }
        for (ReviewProblem.Kind kind : ReviewProblem.Kind.values()) {
            keys.add("review.problem." + kind.name());
        }
        for (ReturnProblem.Kind kind : ReturnProblem.Kind.values()) {
            keys.add("review.return.problem." + kind.name());
        }
        for (ReviewDecision decision : ReviewDecision.values()) {
            keys.add("review.decision." + decision.name());
        }
        for (ReviewKind kind : ReviewKind.values()) {
            keys.add("review.kind." + kind.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank());
        assertThat(messages.getProperty("review.problem.ALREADY_DECIDED")).as("names who and when").contains("{0}", "{1}");
    }
}
