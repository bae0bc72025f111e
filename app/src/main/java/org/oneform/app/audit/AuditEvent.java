package org.oneform.app.audit;

import java.time.Instant;

/** One audited action. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subject,
                         String detail, String remoteAddress) {
}
