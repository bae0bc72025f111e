package org.oneform.sync.intake;

import java.util.Objects;
import java.util.Set;

import org.oneform.sync.area.AreaId;

/**
 * Who sends a batch: a grid worker on one device, with the grids they may collect in.
 *
 * @param username the worker's account
 * @param deviceId the device the token was issued to
 * @param grids    the worker's grids
 */
public record Uploader(String username, String deviceId, Set<AreaId> grids) {

    public Uploader {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(deviceId, "deviceId");
        grids = Set.copyOf(grids);
    }
}
