-- What each collector device last reported about itself (POST /api/sync/v1/device-status): the latest report
-- per worker and device wins. The supervisor dashboard reads it (pending outbox, last sync, storage).
CREATE TABLE device_report (
    username           VARCHAR(64)  NOT NULL,
    device_id          VARCHAR(100) NOT NULL,
    -- the worker's grids when it reported, space-separated
    grids              VARCHAR(2000) NOT NULL,
    pending_outbox     INTEGER      NOT NULL,
    quarantined        INTEGER      NOT NULL,
    oldest_pending_at  TIMESTAMP WITH TIME ZONE,
    last_sync_at       TIMESTAMP WITH TIME ZONE,
    app_version        VARCHAR(64)  NOT NULL,
    storage_persistent BOOLEAN      NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT device_report_pk PRIMARY KEY (username, device_id),
    CONSTRAINT device_report_counts_check CHECK (pending_outbox >= 0 AND quarantined >= 0)
);
