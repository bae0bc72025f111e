package org.oneform.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.serializer.persistence.types.Persister;
import org.eclipse.serializer.persistence.types.Storer;

/** A persister for unit tests that records what was stored. */
public final class TestPersister implements Persister {

    public final List<Object> stored = new ArrayList<>();

    @Override
    public Object getObject(long objectId) {
        throw new IllegalStateException("the forms services never read by object id");
    }

    @Override
    public long store(Object instance) {
        stored.add(instance);
        return stored.size();
    }

    @Override
    public long[] storeAll(Object... instances) {
        for (Object instance : instances) {
            store(instance);
        }
        return new long[instances.length];
    }

    @Override
    public void storeAll(Iterable<?> instances) {
        instances.forEach(this::store);
    }

    @Override
    public Storer createLazyStorer() {
        throw new IllegalStateException("the forms services store directly, never through a Storer");
    }

    @Override
    public Storer createStorer() {
        throw new IllegalStateException("the forms services store directly, never through a Storer");
    }

    @Override
    public Storer createEagerStorer() {
        throw new IllegalStateException("the forms services store directly, never through a Storer");
    }
}
