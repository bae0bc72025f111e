package org.oneform.forms.request;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.CatalogException;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.RequestException.Kind;
import org.oneform.forms.request.internal.ContentCheck;

/**
 * Departments' field requests, persisted in the forms root ({@link FormsRoot#fieldRequests()}).
 * Thread-safe; every change is checked, recorded in the request's history and stored (the list), or
 * refused with a {@link RequestException} and nothing changed.
 *
 * <p>Who may do what: a department's staff (or an admin) create, edit (drafts only), submit and withdraw
 * the department's requests; only an admin approves or rejects, and a rejection needs a reason. Content
 * is checked against the catalog on every save, fully (fields and purpose present) on submit and again on
 * approval, when proposed fields join the catalog.
 *
 * <p>Hooks: {@link #addApprovalGuard} runs before an approval is saved and may refuse it by throwing
 * (the form compiler uses it so that an approval never breaks the one form); {@link #addListener} is told
 * of every state change after it is saved (the form versions publish on approval and withdrawal).
 */
public final class FieldRequests {

    private final List<FieldRequest> requests;
    private final Persister persister;
    private final Catalog catalog;
    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Consumer<FieldRequest>> guards = new CopyOnWriteArrayList<>();
    private final List<Consumer<FieldRequest>> listeners = new CopyOnWriteArrayList<>();

    public FieldRequests(FormsRoot root, Persister persister, Catalog catalog, Clock clock) {
        this.requests = root.fieldRequests();
        this.persister = persister;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Every request, oldest first. */
    public List<FieldRequest> all() {
        return read(() -> List.copyOf(requests));
    }

    public Optional<FieldRequest> find(RequestId id) {
        return read(() -> requests.stream().filter(r -> r.id().equals(id)).findFirst());
    }

    /** The approved requests for one subject type: what the one form is compiled from. */
    public List<FieldRequest> approved(SubjectType subjectType) {
        return read(() -> requests.stream()
                .filter(r -> r.state() == RequestState.APPROVED && r.subjectType() == subjectType).toList());
    }

    /** The requests waiting for an admin. */
    public List<FieldRequest> submitted() {
        return read(() -> requests.stream().filter(r -> r.state() == RequestState.SUBMITTED).toList());
    }

    public List<FieldRequest> ofDepartment(DepartmentCode department) {
        return read(() -> requests.stream().filter(r -> r.department().equals(department)).toList());
    }

    /** The problems of {@code content} as it would be checked on submit (for live validation in an editor). */
    public List<String> check(RequestContent content) {
        return ContentCheck.problems(catalog, content, true);
    }

    /** Creates a draft. */
    public FieldRequest create(Actor actor, RequestContent content) {
        requireActsFor(actor, content);
        requireValid(content, false);
        return write(() -> {
            RequestId id = nextId();
            FieldRequest created = new FieldRequest(id, content, RequestState.DRAFT, "",
                    List.of(new RequestEvent(actor.username(), clock.instant(), null, RequestState.DRAFT, "created")));
            requests.add(created);
            return created;
        });
    }

    /** Replaces a draft's content. */
    public FieldRequest update(Actor actor, RequestId id, RequestContent content) {
        requireValid(content, false);
        return change(id, request -> {
            requireActsFor(actor, request.content());
            requireActsFor(actor, content);
            if (request.state() != RequestState.DRAFT) {
                throw new RequestException(Kind.ILLEGAL_TRANSITION,
                        "request " + id + " is " + request.state() + "; only a draft can be edited");
            }
            return request.edited(content, event(actor, RequestState.DRAFT, RequestState.DRAFT, "edited"));
        });
    }

    /** Submits a draft for approval. */
    public FieldRequest submit(Actor actor, RequestId id, String note) {
        return change(id, request -> {
            requireActsFor(actor, request.content());
            requireValid(request.content(), true);
            return move(request, actor, RequestState.SUBMITTED, note, "");
        });
    }

    /** Approves a submitted request (admin only); its proposed fields join the catalog. */
    public FieldRequest approve(Actor actor, RequestId id, String note) {
        FieldRequest approved = change(id, request -> {
            requireAdmin(actor, "approve");
            FieldRequest next = move(request, actor, RequestState.APPROVED, note, "");
            requireValid(request.content(), true);
            guards.forEach(guard -> guard.accept(next));
            if (!request.content().proposedFields().isEmpty()) {
                try {
                    catalog.addAll(request.content().proposedFields());
                } catch (CatalogException e) {
                    throw new RequestException(Kind.INVALID, "the proposed fields of " + id + " are rejected",
                            e.problems().stream().map(Object::toString).toList());
                }
            }
            return next;
        });
        listeners.forEach(listener -> listener.accept(approved));
        return approved;
    }

    /** Rejects a submitted request (admin only) with a reason. */
    public FieldRequest reject(Actor actor, RequestId id, String reason) {
        FieldRequest rejected = change(id, request -> {
            requireAdmin(actor, "reject");
            if (reason == null || reason.isBlank()) {
                throw new RequestException(Kind.INVALID, "a rejection of " + id + " needs a reason");
            }
            return move(request, actor, RequestState.REJECTED, reason.strip(), reason.strip());
        });
        listeners.forEach(listener -> listener.accept(rejected));
        return rejected;
    }

    /** Withdraws an approved request: its fields leave the one form unless others asked for them. */
    public FieldRequest withdraw(Actor actor, RequestId id, String note) {
        FieldRequest withdrawn = change(id, request -> {
            requireActsFor(actor, request.content());
            return move(request, actor, RequestState.WITHDRAWN, note, "");
        });
        listeners.forEach(listener -> listener.accept(withdrawn));
        return withdrawn;
    }

    /** Adds a check run before an approval is saved; it refuses by throwing a runtime exception. */
    public void addApprovalGuard(Consumer<FieldRequest> guard) {
        guards.add(guard);
    }

    /** Adds a listener told of every approval, rejection and withdrawal after it is saved (outside the lock). */
    public void addListener(Consumer<FieldRequest> listener) {
        listeners.add(listener);
    }

    private FieldRequest move(FieldRequest request, Actor actor, RequestState to, String note, String reason) {
        if (!request.state().canMoveTo(to)) {
            throw new RequestException(Kind.ILLEGAL_TRANSITION, "request " + request.id() + " is " + request.state()
                    + "; it cannot become " + to + " (allowed: " + request.state().next() + ")");
        }
        return request.moved(event(actor, request.state(), to, note), reason);
    }

    private RequestEvent event(Actor actor, RequestState from, RequestState to, String note) {
        return new RequestEvent(actor.username(), clock.instant(), from, to, note);
    }

    private void requireValid(RequestContent content, boolean complete) {
        List<String> problems = ContentCheck.problems(catalog, content, complete);
        if (!problems.isEmpty()) {
            throw new RequestException(Kind.INVALID, "the request is invalid", problems);
        }
    }

    private static void requireActsFor(Actor actor, RequestContent content) {
        if (!actor.actsFor(content.department())) {
            throw new RequestException(Kind.NOT_ALLOWED,
                    actor.username() + " does not act for department " + content.department());
        }
    }

    private static void requireAdmin(Actor actor, String what) {
        if (!actor.admin()) {
            throw new RequestException(Kind.NOT_ALLOWED, "only an admin may " + what + " a request, not "
                    + actor.username());
        }
    }

    private RequestId nextId() {
        int n = requests.size() + 1;
        while (contains(RequestId.number(n))) {
            n++;
        }
        return RequestId.number(n);
    }

    private boolean contains(RequestId id) {
        return requests.stream().anyMatch(r -> r.id().equals(id));
    }

    /** Replaces request {@code id} by what {@code step} makes of it, and stores the list. */
    private FieldRequest change(RequestId id, java.util.function.UnaryOperator<FieldRequest> step) {
        return write(() -> {
            for (int i = 0; i < requests.size(); i++) {
                if (requests.get(i).id().equals(id)) {
                    FieldRequest next = step.apply(requests.get(i));
                    requests.set(i, next);
                    return next;
                }
            }
            throw new RequestException(Kind.NOT_FOUND, "no request " + id);
        });
    }

    private <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> change) {
        lock.writeLock().lock();
        try {
            T result = change.get();
            persister.store(requests);
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
