package org.oneform.forms;

import java.util.ArrayList;
import java.util.List;

import org.oneform.forms.department.Department;

/**
 * The forms module's root object in Eclipse Store. Each collection is stored on its own when it
 * changes (never the whole root), under the lock of the service that owns it.
 *
 * <p>The class and its package are persisted: moving it needs an Eclipse Store type mapping.
 */
public final class FormsRoot {

    private final List<Department> departments = new ArrayList<>();

    /** The departments directory; owned and locked by {@code DepartmentDirectory}. */
    public List<Department> departments() {
        return departments;
    }
}
