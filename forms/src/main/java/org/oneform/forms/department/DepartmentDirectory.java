package org.oneform.forms.department;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.FormsRoot;

/** The directory of departments, persisted in the forms root. Thread-safe. */
public final class DepartmentDirectory {

    private final List<Department> departments;
    private final Persister persister;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public DepartmentDirectory(FormsRoot root, Persister persister) {
        this.departments = root.departments();
        this.persister = persister;
    }

    public List<Department> all() {
        lock.readLock().lock();
        try {
            return List.copyOf(departments);
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<Department> find(DepartmentCode code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Adds the department, or replaces the one with the same code; stores the list. */
    public void save(Department department) {
        lock.writeLock().lock();
        try {
            departments.removeIf(d -> d.code().equals(department.code()));
            departments.add(department);
            persister.store(departments);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Saves many at once with one store. */
    public void saveAll(List<Department> batch) {
        lock.writeLock().lock();
        try {
            for (Department department : batch) {
                departments.removeIf(d -> d.code().equals(department.code()));
                departments.add(department);
            }
            persister.store(departments);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
