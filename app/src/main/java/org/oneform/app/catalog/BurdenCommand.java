package org.oneform.app.catalog;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.Burden;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.request.FieldRequests;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code bin/oneform burden} ({@code --oneform.burden}): prints the question burden of the current catalog and
 * approved requests per subject type — each department's own form, the one merged form, and a revisit with all
 * values fresh — and exits. The same figures as the 填报负担 tab of the one-form screen.
 */
@Component
@Order(30)
@ConditionalOnProperty("oneform.burden")
class BurdenCommand implements ApplicationRunner {

    private final FormVersions versions;
    private final FieldRequests requests;
    private final Catalog catalog;
    private final ConfigurableApplicationContext context;

    BurdenCommand(FormVersions versions, FieldRequests requests, Catalog catalog, ConfigurableApplicationContext context) {
        this.versions = versions;
        this.requests = requests;
        this.catalog = catalog;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    void print(PrintStream out) {
        out.println("OneForm question burden (questions: fields a grid worker fills in; calculated fields do not count)");
        for (SubjectType type : SubjectType.values()) {
            versions.current(type).ifPresentOrElse(form -> {
                Burden burden = Burden.of(form, requests.approved(type), catalog);
                out.printf("%-9s version %d: %d department forms ask %d questions; the one form asks %d (%.0f%% fewer); "
                                + "a revisit with all values fresh asks %d (%.0f%%) and shows %d to verify%n",
                        type.key(), burden.version(), burden.perDepartment().size(), burden.separate(), burden.merged(),
                        burden.fewer() * 100, burden.freshAsked(), burden.freshShare() * 100, burden.freshVerified());
                burden.perDepartment().forEach((department, questions) ->
                        out.printf("            %-20s %3d%n", department.value(), questions));
            }, () -> out.printf("%-9s no published form%n", type.key()));
        }
    }
}
