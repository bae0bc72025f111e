-- Push webhooks of department feeds (issue 6; docs/decisions/0009-feed-webhooks.md): at most one per
-- department. The secret is kept (encrypted with a data-directory key) because every push is signed with
-- it; pushed_seq is the department's push cursor into the delivery table, so a restart resumes where the
-- last acknowledged push ended, and a replay moves it back.

CREATE TABLE department_webhook (
    department       VARCHAR(40)   PRIMARY KEY,
    url              VARCHAR(2000) NOT NULL,
    secret_encrypted VARCHAR(400)  NOT NULL,
    pushed_seq       BIGINT        NOT NULL,
    failures         INT           NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(200),
    last_success_at  TIMESTAMP WITH TIME ZONE,
    created_by       VARCHAR(64)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
