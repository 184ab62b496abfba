-- Call records: one row per call, one row per trace event. The same SQL runs on H2 2.x and
-- PostgreSQL; TEXT is a CLOB on H2 and unlimited text on PostgreSQL.
CREATE TABLE calls (
    call_id       VARCHAR(128)  NOT NULL PRIMARY KEY,
    flow_id       VARCHAR(200)  NOT NULL,
    flow_version  VARCHAR(64),
    runtime_node  VARCHAR(200)  NOT NULL,
    ani           VARCHAR(64),
    dnis          VARCHAR(64),
    language      VARCHAR(35),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    duration_ms   BIGINT        NOT NULL,
    outcome       VARCHAR(32),
    queue_name    VARCHAR(200),
    last_node     VARCHAR(200),
    error_message VARCHAR(2000)
);

CREATE INDEX calls_started_at ON calls (started_at);
CREATE INDEX calls_flow_started_at ON calls (flow_id, started_at);

CREATE TABLE call_events (
    call_id  VARCHAR(128) NOT NULL,
    seq      INTEGER      NOT NULL,
    t_ms     BIGINT       NOT NULL,
    event    VARCHAR(32)  NOT NULL,
    node     VARCHAR(200),
    payload  TEXT         NOT NULL,
    PRIMARY KEY (call_id, seq),
    CONSTRAINT call_events_call FOREIGN KEY (call_id) REFERENCES calls (call_id) ON DELETE CASCADE
);

CREATE INDEX call_events_node ON call_events (node, event);
