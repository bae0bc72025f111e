package org.oneform.forms.request;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;

/**
 * A department's request for fields (数据需求) with its state and full history. Immutable: every change
 * makes a new request (see {@link FieldRequests}), whose history is the old one plus one event.
 *
 * @param id              stable id
 * @param content         what is asked, for whom, why and how fresh
 * @param state           where it stands
 * @param rejectionReason why an admin rejected it; empty unless {@link RequestState#REJECTED}
 * @param history         every change, oldest first
 */
public record FieldRequest(RequestId id, RequestContent content, RequestState state, String rejectionReason,
                           List<RequestEvent> history) {

    public FieldRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        rejectionReason = rejectionReason == null ? "" : rejectionReason;
        history = new ArrayList<>(history == null ? List.of() : history);
    }

    @Override
    public List<RequestEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public DepartmentCode department() {
        return content.department();
    }

    public SubjectType subjectType() {
        return content.subjectType();
    }

    public List<String> fieldIds() {
        return content.fieldIds();
    }

    public String populationFilter() {
        return content.populationFilter();
    }

    public Period refresh() {
        return content.refresh();
    }

    /** This request moved to {@code to} with one more history event; the caller has checked it is allowed. */
    FieldRequest moved(RequestEvent event, String reason) {
        List<RequestEvent> more = new ArrayList<>(history);
        more.add(event);
        return new FieldRequest(id, content, event.to(), reason, more);
    }

    /** This draft with new content and an "edited" event. */
    FieldRequest edited(RequestContent newContent, RequestEvent event) {
        List<RequestEvent> more = new ArrayList<>(history);
        more.add(event);
        return new FieldRequest(id, newContent, state, rejectionReason, more);
    }
}
