package org.oneform.app.collect;

import java.time.Instant;
import java.util.List;

/**
 * A device session: send {@code Authorization: Bearer <token>} with every sync request until it expires or
 * is revoked; a 401 then means "sign in again", never "drop the outbox".
 */
record SessionResponse(String token, String tokenType, Instant expiresAt, String username, String displayName,
                       List<String> grids) {
}
