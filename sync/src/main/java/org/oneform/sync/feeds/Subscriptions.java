package org.oneform.sync.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;

/**
 * Every department's grants, from the requests approved right now: an approval or a withdrawal changes
 * what the next applied change delivers. Recomputed when the requests change, read lock-free.
 */
public final class Subscriptions {

    private final Supplier<List<FieldRequest>> approved;
    private volatile Map<SubjectType, Map<DepartmentCode, List<Grant>>> grants;

    /** Follows the requests: recomputed after every state change. */
    public static Subscriptions of(FieldRequests requests) {
        var subscriptions = new Subscriptions(() -> {
            List<FieldRequest> all = new ArrayList<>();
            for (SubjectType type : SubjectType.values()) {
                all.addAll(requests.approved(type));
            }
            return all;
        });
        requests.addListener(changed -> subscriptions.refresh());
        return subscriptions;
    }

    /** From a fixed set of approved requests (tests, rebuilds). */
    public Subscriptions(Supplier<List<FieldRequest>> approved) {
        this.approved = approved;
        refresh();
    }

    /** Recomputes the grants from the approved requests. */
    public void refresh() {
        Map<SubjectType, Map<DepartmentCode, List<Grant>>> next = new LinkedHashMap<>();
        for (FieldRequest request : approved.get()) {
            var grant = new Grant(request.id(), request.department(), request.subjectType(),
                    new LinkedHashSet<>(request.fieldIds()), request.populationFilter(), request.content().purpose());
            next.computeIfAbsent(grant.subjectType(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(grant.department(), d -> new ArrayList<>()).add(grant);
        }
        grants = next;
    }

    /** The grants per department for a subject type. */
    public Map<DepartmentCode, List<Grant>> forType(SubjectType type) {
        return grants.getOrDefault(type, Map.of());
    }

    /** The grant of a request, if it is approved now. */
    public java.util.Optional<Grant> grant(org.oneform.forms.request.RequestId request) {
        return grants.values().stream().flatMap(byDepartment -> byDepartment.values().stream())
                .flatMap(List::stream).filter(g -> g.request().equals(request)).findFirst();
    }

    /** One department's grants, all subject types. */
    public List<Grant> of(DepartmentCode department) {
        List<Grant> mine = new ArrayList<>();
        grants.values().forEach(byDepartment -> mine.addAll(byDepartment.getOrDefault(department, List.of())));
        return mine;
    }
}
