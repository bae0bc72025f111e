-- API tokens of departments for the feed pull API (DESIGN.md §8): created and revoked in the department
-- portal, shown once, stored only as a SHA-256 hash, scoped to one department.

CREATE TABLE department_token (
    token_hash   CHAR(64)     PRIMARY KEY,
    department   VARCHAR(40)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX department_token_by_department ON department_token (department, created_at);
