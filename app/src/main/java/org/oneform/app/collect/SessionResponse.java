package org.oneform.app.collect;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A device session: send {@code Authorization: Bearer <token>} with every sync request until it expires or
 * is revoked; a 401 then means "sign in again", never "drop the outbox".
 *
 * @param grids     the worker's grid ids
 * @param gridNames each grid's display name by id (what the collector shows; added 2026-12-03, optional for clients)
 */
record SessionResponse(String token, String tokenType, Instant expiresAt, String username, String displayName,
                       List<String> grids, Map<String, String> gridNames) {
}
