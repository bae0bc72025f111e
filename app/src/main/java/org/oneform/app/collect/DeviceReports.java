package org.oneform.app.collect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.oneform.sync.area.AreaId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The latest report of every collector device (per worker and device; the latest wins), for the supervisor's
 * dashboard: pending outbox, quarantined items, last sync, storage. Written by {@code POST
 * /api/sync/v1/device-status}.
 */
@Service
public class DeviceReports {

    private final JdbcClient jdbc;

    DeviceReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(DeviceReport report) {
        Object[] values = {String.join(" ", report.grids().stream().map(AreaId::value).toList()), report.pendingOutbox(),
                report.quarantined(), utc(report.oldestPendingAt()), utc(report.lastSyncAt()), report.appVersion(),
                report.storagePersistent(), utc(report.receivedAt()), report.username(), report.deviceId()};
        int updated = jdbc.sql("""
                UPDATE device_report SET grids = ?, pending_outbox = ?, quarantined = ?, oldest_pending_at = ?,
                    last_sync_at = ?, app_version = ?, storage_persistent = ?, received_at = ?
                WHERE username = ? AND device_id = ?""").params(values).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO device_report (grids, pending_outbox, quarantined, oldest_pending_at, last_sync_at,
                            app_version, storage_persistent, received_at, username, device_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
            } catch (DuplicateKeyException raced) {
                // the same device reported twice at once: the later write wins, as ever
                jdbc.sql("""
                        UPDATE device_report SET grids = ?, pending_outbox = ?, quarantined = ?, oldest_pending_at = ?,
                            last_sync_at = ?, app_version = ?, storage_persistent = ?, received_at = ?
                        WHERE username = ? AND device_id = ?""").params(values).update();
            }
        }
    }

    /**
     * The latest report of every device whose worker had a grid inside {@code scope} (a grid, community, street or
     * district) when reporting, by worker then device.
     */
    public List<DeviceReport> latest(AreaId scope) {
        return jdbc.sql("""
                SELECT * FROM device_report
                WHERE (' ' || grids || ' ') LIKE ? OR (' ' || grids || ' ') LIKE ?
                ORDER BY username, device_id""")
                .params("% " + scope.value() + " %", "% " + scope.value() + ".%")
                .query(DeviceReports::report).list();
    }

    /** The latest report of each device of one worker, newest first. */
    public List<DeviceReport> ofWorker(String username) {
        return jdbc.sql("SELECT * FROM device_report WHERE username = ? ORDER BY received_at DESC").param(username)
                .query(DeviceReports::report).list();
    }

    private static DeviceReport report(ResultSet rs, int row) throws SQLException {
        String grids = rs.getString("grids");
        return new DeviceReport(rs.getString("username"), rs.getString("device_id"),
                grids.isBlank() ? List.of() : Arrays.stream(grids.split(" ")).map(AreaId::new).toList(),
                rs.getInt("pending_outbox"), rs.getInt("quarantined"), instant(rs, "oldest_pending_at"),
                instant(rs, "last_sync_at"), rs.getString("app_version"), rs.getBoolean("storage_persistent"),
                instant(rs, "received_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
