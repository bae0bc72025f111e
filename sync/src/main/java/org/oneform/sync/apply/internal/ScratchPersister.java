package org.oneform.sync.apply.internal;

import org.eclipse.serializer.persistence.types.Persister;
import org.eclipse.serializer.persistence.types.Storer;

/**
 * The persister of a scratch registry that lives only in memory (a rebuild to compare): stores are
 * accepted and kept nowhere. Loading and explicit storers are never used by the registry and refuse.
 */
public final class ScratchPersister implements Persister {

    @Override
    public Object getObject(long objectId) {
        throw new UnsupportedOperationException("a scratch registry loads nothing");
    }

    @Override
    public long store(Object instance) {
        return 0;
    }

    @Override
    public long[] storeAll(Object... instances) {
        return new long[instances.length];
    }

    @Override
    public void storeAll(Iterable<?> instances) {
        // kept in memory only
    }

    @Override
    public Storer createLazyStorer() {
        throw new UnsupportedOperationException("a scratch registry has no storer");
    }

    @Override
    public Storer createStorer() {
        throw new UnsupportedOperationException("a scratch registry has no storer");
    }

    @Override
    public Storer createEagerStorer() {
        throw new UnsupportedOperationException("a scratch registry has no storer");
    }
}
