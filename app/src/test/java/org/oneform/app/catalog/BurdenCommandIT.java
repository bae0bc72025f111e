package org.oneform.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.request.FieldRequests;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code bin/oneform burden} on the demo city: what it prints for the live catalog and requests. */
class BurdenCommandIT extends OneFormIntegrationTest {

    @Autowired
    FormVersions versions;
    @Autowired
    FieldRequests requests;
    @Autowired
    Catalog catalog;

    @Test
    void printsEachSubjectTypesDepartmentFormsAgainstTheOneFormAndTheFreshRevisit() {
        var bytes = new ByteArrayOutputStream();
        new BurdenCommand(versions, requests, catalog, null).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);

        assertThat(report).containsPattern("resident +version \\d+: 1\\d department forms ask 226 questions; the one form "
                + "asks 71 \\(69% fewer\\); a revisit with all values fresh asks 0 \\(0%\\) and shows 71 to verify");
        assertThat(report).contains("household").contains("place").contains("civil-affairs");
        assertThat(report.lines().filter(l -> l.contains(" version ")).count()).isEqualTo(3);
    }
}
