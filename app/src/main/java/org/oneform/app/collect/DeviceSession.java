package org.oneform.app.collect;

import java.time.Instant;

/**
 * A device's signed-in session, found by its bearer token.
 *
 * @param tokenHash the SHA-256 of the token (the token itself is never stored)
 * @param username  the grid worker
 * @param deviceId  the device it was issued to
 * @param expiresAt when the token stops working
 */
record DeviceSession(String tokenHash, String username, String deviceId, Instant expiresAt) {
}
