package org.oneform.app.demo;

import java.util.Collection;
import java.util.Optional;

import org.oneform.app.demo.DemoCitySeeder.DemoSettings;
import org.oneform.app.intake.BaselineSource;
import org.oneform.sync.registry.GoldenRecord;
import org.springframework.stereotype.Component;

/** The demo city's baseline, regenerated from its seed (the generator is deterministic). */
@Component
class DemoBaselines implements BaselineSource {

    private final DemoSettings settings;

    DemoBaselines(DemoSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Collection<GoldenRecord>> records(String baselineName) {
        if (!baselineName.equals(DemoCitySeeder.BASELINE + ":seed=" + settings.seed())) {
            return Optional.empty();
        }
        return Optional.of(new DemoCityGenerator(settings.seed(), settings.referenceDate()).generate().records());
    }
}
