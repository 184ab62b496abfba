-- Published flow versions: immutable once written; exactly one active version per flow is kept
-- by the application (FlowVersions), in the same transaction that publishes or rolls back.
CREATE TABLE flow_versions (
    flow_id       VARCHAR(200) NOT NULL,
    version       INTEGER      NOT NULL,
    content       TEXT         NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (flow_id, version)
);

CREATE INDEX flow_versions_active ON flow_versions (active, flow_id);
