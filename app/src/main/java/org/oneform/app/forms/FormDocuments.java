package org.oneform.app.forms;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.springframework.stereotype.Component;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published form versions as {@link FormDocument}s. The entity tag is the SHA-256 of the wire body written as
 * canonical JSON (properties sorted, no whitespace, by a mapper of its own, so the application's JSON settings
 * cannot change it): equal content, equal tag; any change of content or of the wire format, a new tag.
 * Published versions never change, so each is mapped and hashed once and kept.
 */
@Component
class FormDocuments {

    private final FormVersions versions;
    private final FormWireMapper mapper;
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private final Map<Key, FormDocument> documents = new ConcurrentHashMap<>();

    FormDocuments(FormVersions versions, FormWireMapper mapper) {
        this.versions = versions;
        this.mapper = mapper;
    }

    /** The newest published version of the subject type's form. */
    Optional<FormDocument> current(SubjectType subjectType) {
        return versions.current(subjectType).map(this::document);
    }

    Optional<FormDocument> version(SubjectType subjectType, int number) {
        return versions.version(subjectType, number).map(this::document);
    }

    private FormDocument document(FormVersion version) {
        // publishedAt in the key: should a store ever be replaced under a running process, no stale body is served
        return documents.computeIfAbsent(new Key(version.subjectType(), version.number(), version.publishedAt()),
                key -> {
                    FormVersionDto body = mapper.toDto(version);
                    return new FormDocument(body, etag(canonical.writeValueAsBytes(body)));
                });
    }

    private static String etag(byte[] canonicalJson) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalJson);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private record Key(SubjectType subjectType, int number, Instant publishedAt) {
    }
}
