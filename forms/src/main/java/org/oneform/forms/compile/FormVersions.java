package org.oneform.forms.compile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.request.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published versions of the one form, persisted in the forms root ({@link FormsRoot#formVersions()}).
 * Thread-safe. Versions are numbered per subject type from 1, never changed once published, and a new one
 * is published only when the compiled content differs from the current one.
 *
 * <p>Constructing it connects it to {@link FieldRequests}: an approval is refused when it would make the form
 * uncompilable (a cycle, say), and every approval or withdrawal publishes the affected subject type's form if
 * it changed.
 */
public final class FormVersions {

    private static final Logger LOG = LoggerFactory.getLogger(FormVersions.class);

    private final List<FormVersion> versions;
    private final Persister persister;
    private final Catalog catalog;
    private final FieldRequests requests;
    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public FormVersions(FormsRoot root, Persister persister, Catalog catalog, FieldRequests requests, Clock clock) {
        this.versions = root.formVersions();
        this.persister = persister;
        this.catalog = catalog;
        this.requests = requests;
        this.clock = clock;
        requests.addApprovalGuard(this::checkCompiles);
        requests.addListener(this::publishOnDecision);
    }

    /** The newest version of a subject type's form, if any was published. */
    public Optional<FormVersion> current(SubjectType subjectType) {
        return read(() -> versions.stream().filter(v -> v.subjectType() == subjectType).reduce((a, b) -> b));
    }

    public Optional<FormVersion> version(SubjectType subjectType, int number) {
        return read(() -> versions.stream().filter(v -> v.subjectType() == subjectType && v.number() == number).findFirst());
    }

    /** Every version of a subject type's form, oldest first. */
    public List<FormVersion> history(SubjectType subjectType) {
        return read(() -> versions.stream().filter(v -> v.subjectType() == subjectType).toList());
    }

    /** What would be published now, without publishing it. @throws CompileException when it cannot be compiled */
    public CompiledForm preview(SubjectType subjectType) {
        return FormCompiler.compile(subjectType, catalog.all(), requests.approved(subjectType));
    }

    /**
     * Compiles the subject type's form and publishes it as a new version if its content differs from the current
     * version (an empty form is not published as a first version).
     *
     * @return the new version, or empty when nothing changed
     * @throws CompileException when it cannot be compiled; nothing is published then
     */
    public Optional<FormVersion> publishIfChanged(SubjectType subjectType) {
        return write(() -> {
            CompiledForm compiled = preview(subjectType);
            Optional<FormVersion> current = versions.stream().filter(v -> v.subjectType() == subjectType)
                    .reduce((a, b) -> b);
            if (current.map(v -> v.hasContent(compiled.fields())).orElse(compiled.fields().isEmpty())) {
                return Optional.empty();
            }
            FormVersion next = new FormVersion(subjectType, current.map(FormVersion::number).orElse(0) + 1,
                    clock.instant(), compiled.fields(), compiled.basedOn());
            versions.add(next);
            persister.store(versions);
            LOG.info("published {} form v{} with {} fields", subjectType.key(), next.number(), next.fields().size());
            return Optional.of(next);
        });
    }

    /** {@link #publishIfChanged} for every subject type; the versions published. */
    public List<FormVersion> publishAllIfChanged() {
        List<FormVersion> published = new ArrayList<>();
        for (SubjectType type : SubjectType.values()) {
            publishIfChanged(type).ifPresent(published::add);
        }
        return published;
    }

    /** The diff between two published versions of a subject type. */
    public FormDiff diff(SubjectType subjectType, int from, int to) {
        FormVersion older = from == 0 ? null : version(subjectType, from).orElseThrow(() -> missing(subjectType, from));
        FormVersion newer = version(subjectType, to).orElseThrow(() -> missing(subjectType, to));
        return FormDiff.between(older, newer);
    }

    /** The diff from the version before {@code version} (or from nothing) to it. */
    public FormDiff diffToPrevious(FormVersion version) {
        return diff(version.subjectType(), version.number() - 1, version.number());
    }

    private static IllegalArgumentException missing(SubjectType subjectType, int number) {
        return new IllegalArgumentException("no " + subjectType.key() + " form version " + number);
    }

    /** Refuses an approval that would make the form uncompilable. Takes no lock of this service. */
    private void checkCompiles(FieldRequest candidate) {
        List<FieldDefinition> fields = new ArrayList<>(catalog.all());
        fields.addAll(candidate.content().proposedFields());
        List<FieldRequest> approved = new ArrayList<>(requests.approved(candidate.subjectType()));
        approved.add(candidate);
        try {
            FormCompiler.compile(candidate.subjectType(), fields, approved);
        } catch (CompileException e) {
            throw new RequestException(RequestException.Kind.INVALID, "approving " + candidate.id()
                    + " would break the " + candidate.subjectType().key() + " form", e.problems());
        }
    }

    private void publishOnDecision(FieldRequest request) {
        if (request.state() == RequestState.APPROVED || request.state() == RequestState.WITHDRAWN) {
            try {
                publishIfChanged(request.subjectType());
            } catch (CompileException e) {
                LOG.warn("{} form not republished after {} of {}: {}", request.subjectType().key(), request.state(),
                        request.id(), e.getMessage());
            }
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

    private <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
