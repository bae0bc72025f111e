package org.oneform.app.collect;

import java.time.Instant;

/**
 * {@code POST /api/sync/v1/device-status}: what the collector knows about itself.
 *
 * @param deviceId          the device the token was issued to
 * @param pendingOutbox     submissions waiting to be sent (0 or more)
 * @param quarantined       submissions the server refused, waiting for correction (0 or more)
 * @param oldestPendingAt   when the oldest waiting submission was finished, or null when none waits
 * @param lastSyncAt        the last successful sync by the device's clock, or null
 * @param appVersion        the collector's version
 * @param storagePersistent whether the browser granted persistent storage
 */
record DeviceStatusRequest(String deviceId, Integer pendingOutbox, Integer quarantined, Instant oldestPendingAt,
                           Instant lastSyncAt, String appVersion, Boolean storagePersistent) {
}
