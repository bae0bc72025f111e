package org.oneform.app.collect;

import java.time.Instant;
import java.util.List;

import org.oneform.sync.area.AreaId;

/**
 * What a collector device last reported about itself.
 *
 * @param username          the grid worker signed in on it
 * @param deviceId          the device
 * @param grids             the worker's grids when it reported
 * @param pendingOutbox     submissions waiting to be sent
 * @param quarantined       submissions the server refused, waiting for the worker to correct them
 * @param oldestPendingAt   when the oldest waiting submission was finished, or null
 * @param lastSyncAt        the device's last successful sync, by its own clock, or null
 * @param appVersion        the collector's version
 * @param storagePersistent whether the browser granted persistent storage
 * @param receivedAt        when the server received the report
 */
public record DeviceReport(String username, String deviceId, List<AreaId> grids, int pendingOutbox, int quarantined,
                           Instant oldestPendingAt, Instant lastSyncAt, String appVersion, boolean storagePersistent,
                           Instant receivedAt) {

    public DeviceReport {
        grids = List.copyOf(grids);
    }
}
