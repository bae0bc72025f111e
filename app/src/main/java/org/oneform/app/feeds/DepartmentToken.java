package org.oneform.app.feeds;

import java.time.Instant;

import org.oneform.forms.department.DepartmentCode;

/**
 * A department's feed API token as the portal lists it (the token itself is shown once, at creation).
 *
 * @param hash       its SHA-256, the handle for revoking it
 * @param department the department it is scoped to
 * @param label      what the department called it (e.g. the consuming system)
 * @param createdBy  the staff member who created it
 * @param createdAt  when
 * @param lastUsedAt when it was last used, or null
 * @param revokedAt  when it was revoked, or null while live
 */
public record DepartmentToken(String hash, DepartmentCode department, String label, String createdBy, Instant createdAt,
                              Instant lastUsedAt, Instant revokedAt) {

    public boolean live() {
        return revokedAt == null;
    }
}
