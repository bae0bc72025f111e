package org.oneform.sync.registry;

import java.util.List;

import org.eclipse.serializer.persistence.types.Persister;
import org.eclipse.serializer.persistence.types.Storer;

/** Stores through a real persister and remembers every object it was asked to store. */
final class RecordingPersister implements Persister {

    private final Persister delegate;
    private final List<Object> stored;

    RecordingPersister(Persister delegate, List<Object> stored) {
        this.delegate = delegate;
        this.stored = stored;
    }

    @Override
    public Object getObject(long objectId) {
        return delegate.getObject(objectId);
    }

    @Override
    public long store(Object instance) {
        stored.add(instance);
        return delegate.store(instance);
    }

    @Override
    public long[] storeAll(Object... instances) {
        stored.addAll(List.of(instances));
        return delegate.storeAll(instances);
    }

    @Override
    public void storeAll(Iterable<?> instances) {
        instances.forEach(stored::add);
        delegate.storeAll(instances);
    }

    @Override
    public Storer createLazyStorer() {
        return delegate.createLazyStorer();
    }

    @Override
    public Storer createStorer() {
        return delegate.createStorer();
    }

    @Override
    public Storer createEagerStorer() {
        return delegate.createEagerStorer();
    }
}
