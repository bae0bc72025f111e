package org.oneform.forms.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.catalog.internal.DefinitionCheck;

/**
 * The field catalog, persisted in the forms root ({@link FormsRoot#catalog()}). Thread-safe: reads
 * under a read lock, changes under the write lock, each change stores the changed list.
 *
 * <p>Every change is checked first and either saved whole or rejected whole with a
 * {@link CatalogException} listing every problem: a duplicate id, an unknown or cross-subject
 * reference, a malformed expression (with its position), a choice field without choices, a broken
 * repeat group. Fields are never removed: their ids are keys of stored values.
 */
public final class Catalog {

    private final List<FieldDefinition> fields;
    private final Persister persister;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Catalog(FormsRoot root, Persister persister) {
        this.fields = root.catalog();
        this.persister = persister;
    }

    /** Every field, in the order they were added. */
    public List<FieldDefinition> all() {
        return read(() -> List.copyOf(fields));
    }

    /** The fields of one subject type, in catalog order. */
    public List<FieldDefinition> of(SubjectType subjectType) {
        return read(() -> fields.stream().filter(f -> f.subjectType() == subjectType).toList());
    }

    public Optional<FieldDefinition> find(String id) {
        return read(() -> fields.stream().filter(f -> f.id().equals(id)).findFirst());
    }

    /** The ids of all fields. */
    public Set<String> ids() {
        return read(() -> {
            Set<String> ids = new HashSet<>();
            fields.forEach(f -> ids.add(f.id()));
            return ids;
        });
    }

    /** Adds one field. @throws CatalogException when it is rejected */
    public void add(FieldDefinition field) {
        addAll(List.of(field));
    }

    /** Adds fields that may reference each other, all or none. @throws CatalogException when any is rejected */
    public void addAll(List<FieldDefinition> batch) {
        write(() -> {
            throwIfAny(DefinitionCheck.check(fields, batch, false));
            fields.addAll(batch);
        });
    }

    /**
     * Replaces existing fields (same ids) with new definitions, all or none, keeping their place.
     *
     * @throws CatalogException when any is rejected or unknown
     */
    public void replaceAll(List<FieldDefinition> batch) {
        write(() -> {
            throwIfAny(DefinitionCheck.check(fields, batch, true));
            for (FieldDefinition field : batch) {
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i).id().equals(field.id())) {
                        fields.set(i, field);
                    }
                }
            }
            // a field that now references a replaced field's changed type is the author's business;
            // references still resolve because ids never disappear
        });
    }

    /** The problems {@link #addAll} would report for {@code batch}, without saving anything. */
    public List<CatalogProblem> check(List<FieldDefinition> batch) {
        return read(() -> DefinitionCheck.check(fields, batch, false));
    }

    /**
     * The problems of an expression used on {@code subjectType}'s fields, e.g. a population filter:
     * malformed (with the position), unknown fields, fields of another subject type.
     *
     * @param owner      what the expression belongs to, named in messages
     * @param kind       what the expression is, named in messages
     * @param extraIds   further field ids to accept, e.g. fields proposed together with the expression
     */
    public List<CatalogProblem> checkExpression(String owner, String kind, String source, SubjectType subjectType,
                                                Set<String> extraIds) {
        Set<String> known = new HashSet<>(ids());
        known.addAll(extraIds);
        return DefinitionCheck.expression(owner, kind, source, subjectType, known);
    }

    /** The id of the repeat group {@code childId} belongs to, if it is a child field. */
    public Optional<String> parentOf(String childId) {
        return read(() -> fields.stream().filter(f -> f.children().contains(childId)).map(FieldDefinition::id).findFirst());
    }

    private static void throwIfAny(List<CatalogProblem> problems) {
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
    }

    private <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
            persister.store(fields);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
