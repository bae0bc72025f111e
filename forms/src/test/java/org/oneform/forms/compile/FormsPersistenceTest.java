package org.oneform.forms.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestState;
import org.oneform.forms.request.DemoRequests;

/**
 * Catalog, requests and form versions on a real Eclipse Store: what the services store is there, equal, after a
 * restart (records with lists, periods, instants, enums), and a withdrawal after the restart is stored too.
 */
class FormsPersistenceTest {

    @TempDir
    Path dir;

    private record Services(Catalog catalog, FieldRequests requests, FormVersions versions) {}

    @Test
    void everythingSurvivesARestart() {
        Object[] before = new Object[3];
        with(s -> {
            s.catalog().addAll(DemoCatalog.fields());
            DemoRequests.seed(s.requests(), Actor.admin("admin"));
            s.versions().publishAllIfChanged();
            before[0] = s.catalog().all();
            before[1] = s.requests().all();
            before[2] = s.versions().history(SubjectType.RESIDENT);
        });
        with(s -> {
            assertThat(s.catalog().all()).isEqualTo(before[0]);
            assertThat(s.requests().all()).isEqualTo(before[1]);
            assertThat(s.versions().history(SubjectType.RESIDENT)).isEqualTo(before[2]);
            FieldRequest first = s.requests().all().getFirst();
            s.requests().withdraw(Actor.admin("admin"), first.id(), "test");
        });
        with(s -> {
            assertThat(s.requests().all().getFirst().state()).isEqualTo(RequestState.WITHDRAWN);
            @SuppressWarnings("unchecked")
            List<FormVersion> old = (List<FormVersion>) before[2];
            assertThat(s.versions().history(SubjectType.RESIDENT)).hasSize(old.size() + 1).startsWith(old.toArray(FormVersion[]::new));
        });
    }

    private void with(Consumer<Services> work) {
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        try {
            if (manager.root() == null) {
                manager.setRoot(new FormsRoot());
                manager.storeRoot();
            }
            FormsRoot root = (FormsRoot) manager.root();
            Catalog catalog = new Catalog(root, manager);
            FieldRequests requests = new FieldRequests(root, manager, catalog, Clock.systemUTC());
            work.accept(new Services(catalog, requests, new FormVersions(root, manager, catalog, requests, Clock.systemUTC())));
        } finally {
            manager.shutdown();
        }
    }
}
