package org.oneform.sync;

import org.oneform.sync.area.AreaTree;
import org.oneform.sync.registry.RegistryData;

/**
 * The sync module's root object in Eclipse Store. Each part is stored on its own by the service that
 * owns it, under that service's lock. The class and its package are persisted: moving it needs an
 * Eclipse Store type mapping.
 */
public final class SyncRoot {

    private final AreaTree areas = new AreaTree();
    private final RegistryData registry = new RegistryData();

    public AreaTree areas() {
        return areas;
    }

    public RegistryData registry() {
        return registry;
    }
}
