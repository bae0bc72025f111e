package org.oneform.app.collect;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.oneform.sync.area.AreaId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/sync/v1/device-status}: a device reports its outbox and storage for the supervisor's dashboard
 * ({@link DeviceReports}); 204. A report is checked whole — device, counts, version, storage flag — and a bad one
 * is a typed 400 naming the property, the earlier report staying as it was.
 */
@RestController
@RequestMapping("/api/sync/v1/device-status")
@Tag(name = "Device status", description = "Pending outbox, last sync and storage of a collector device")
class DeviceStatusController {

    static final int MAX_COUNT = 1_000_000;
    static final int MAX_VERSION = 64;

    private final DeviceReports reports;
    private final Clock clock;

    DeviceStatusController(DeviceReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Report the device's state", description = "Stored per worker and device, the latest wins; 204. "
            + "400 invalid-property (names the property) or malformed-request.")
    ResponseEntity<Void> report(@RequestBody DeviceStatusRequest body, Authentication auth) {
        CollectorPrincipal who = SubmissionsController.principal(auth);
        if (body == null) {
            throw SyncProblem.INVALID_PROPERTY.failure("the body is a device status", "body");
        }
        if (body.deviceId() == null || !body.deviceId().equals(who.session().deviceId())) {
            throw SyncProblem.INVALID_PROPERTY.failure("deviceId must be the device this token was issued to", "deviceId");
        }
        count(body.pendingOutbox(), "pendingOutbox");
        count(body.quarantined(), "quarantined");
        if (body.appVersion() == null || body.appVersion().isBlank() || body.appVersion().length() > MAX_VERSION) {
            throw SyncProblem.INVALID_PROPERTY.failure("appVersion is required, at most " + MAX_VERSION + " characters",
                    "appVersion");
        }
        if (body.storagePersistent() == null) {
            throw SyncProblem.INVALID_PROPERTY.failure("storagePersistent is required (true or false)", "storagePersistent");
        }
        if (body.pendingOutbox() == 0 && body.oldestPendingAt() != null) {
            throw SyncProblem.INVALID_PROPERTY.failure("oldestPendingAt must be null when nothing is pending", "oldestPendingAt");
        }
        List<AreaId> grids = who.grids().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
        reports.store(new DeviceReport(who.account().username(), who.session().deviceId(), grids, body.pendingOutbox(),
                body.quarantined(), micros(body.oldestPendingAt()), micros(body.lastSyncAt()), body.appVersion().strip(),
                body.storagePersistent(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return ResponseEntity.noContent().build();
    }

    private static void count(Integer value, String property) {
        if (value == null || value < 0 || value > MAX_COUNT) {
            throw SyncProblem.INVALID_PROPERTY.failure(property + " is required, 0 to " + MAX_COUNT, property,
                    Map.of("max", MAX_COUNT));
        }
    }

    private static java.time.Instant micros(java.time.Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
