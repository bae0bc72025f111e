package org.oneform.sync.apply;

import java.util.List;

/**
 * Told about every applied step before the registry stores it, so nothing is lost if the process dies
 * between the two: the step is then applied again and the listener told again. A listener must
 * therefore be idempotent per {@link AppliedChange#submissionId()} (department deliveries are unique per
 * submission and department). An exception stops the apply loop; it retries the step later. Why the department
 * fan-out is called here, on the loop's thread, and not on a cursor of its own: see
 * docs/decisions/0037-department-fan-out-thread.md.
 */
@FunctionalInterface
public interface ChangeListener {

    void applied(List<AppliedChange> changes);
}
