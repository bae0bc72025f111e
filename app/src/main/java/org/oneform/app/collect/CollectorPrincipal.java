package org.oneform.app.collect;

import java.util.Set;

import org.oneform.app.accounts.Account;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.Uploader;

/** The principal of a request signed with a device token: the session and the worker's account. */
record CollectorPrincipal(DeviceSession session, Account account) {

    Uploader uploader() {
        return new Uploader(account.username(), session.deviceId(), Set.copyOf(account.areas()));
    }

    Set<AreaId> grids() {
        return Set.copyOf(account.areas());
    }
}
