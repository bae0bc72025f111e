package org.oneform.app.storage;

import org.oneform.forms.FormsRoot;
import org.oneform.sync.SyncRoot;

/**
 * The single Eclipse Store root: it only holds each module's own root, so {@code forms} and
 * {@code sync} own their object graphs and never see each other's. Persisted: do not move or rename
 * without an Eclipse Store type mapping.
 */
final class OneFormRoot {

    private final FormsRoot forms = new FormsRoot();
    private final SyncRoot sync = new SyncRoot();

    FormsRoot forms() {
        return forms;
    }

    SyncRoot sync() {
        return sync;
    }
}
