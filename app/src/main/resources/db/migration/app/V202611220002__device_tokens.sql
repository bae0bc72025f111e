-- Bearer tokens of collector devices (DESIGN.md §8): issued by POST /api/sync/v1/session, stored only
-- as a SHA-256 hash of the random token, revocable, expiring.

CREATE TABLE device_token (
    token_hash   CHAR(64)     PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    device_id    VARCHAR(100) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX device_token_by_user ON device_token (username, device_id);
