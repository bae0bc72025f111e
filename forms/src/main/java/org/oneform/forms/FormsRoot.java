package org.oneform.forms;

import java.util.ArrayList;
import java.util.List;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.department.Department;
import org.oneform.forms.request.FieldRequest;

/**
 * The forms module's root object in Eclipse Store. Each collection is stored on its own when it
 * changes (never the whole root), under the lock of the service that owns it.
 *
 * <p>The class and its package are persisted: moving it needs an Eclipse Store type mapping.
 */
public final class FormsRoot {

    private final List<Department> departments = new ArrayList<>();
    private final List<FieldDefinition> catalog = new ArrayList<>();
    private final List<FieldRequest> fieldRequests = new ArrayList<>();
    private final List<FormVersion> formVersions = new ArrayList<>();

    /** The departments directory; owned and locked by {@code DepartmentDirectory}. */
    public List<Department> departments() {
        return departments;
    }

    /** The field catalog; owned and locked by {@code Catalog}. */
    public List<FieldDefinition> catalog() {
        return catalog;
    }

    /** Departments' field requests; owned and locked by {@code FieldRequests}. */
    public List<FieldRequest> fieldRequests() {
        return fieldRequests;
    }

    /** Published form versions of all subject types; owned and locked by {@code FormVersions}. */
    public List<FormVersion> formVersions() {
        return formVersions;
    }
}
