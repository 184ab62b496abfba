-- Queue events from Asterisk (queue_log file and AMI), and one row per call's visit to a queue
-- built from them, for the supervisor reports (docs/reports.md). The same SQL runs on H2 2.x
-- and PostgreSQL. Epoch-second columns let reports group by 15-minute buckets with the same
-- integer arithmetic on both databases.
CREATE TABLE queue_events (
    event_key    VARCHAR(600) NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    call_id      VARCHAR(128),
    queue_name   VARCHAR(200),
    agent        VARCHAR(200),
    kind         VARCHAR(32)  NOT NULL,
    wait_s       INTEGER,
    talk_s       INTEGER,
    ring_s       INTEGER,
    position     INTEGER,
    detail       VARCHAR(200),
    source       VARCHAR(16)  NOT NULL
);

CREATE INDEX queue_events_call ON queue_events (call_id, kind, occurred_at);
CREATE INDEX queue_events_agent ON queue_events (agent, occurred_at);
CREATE INDEX queue_events_time ON queue_events (occurred_at);

CREATE TABLE queue_calls (
    call_id        VARCHAR(128) NOT NULL,
    queue_name     VARCHAR(200) NOT NULL,
    entered_epoch  BIGINT       NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    agent          VARCHAR(200),
    wait_s         INTEGER,
    talk_s         INTEGER,
    PRIMARY KEY (call_id, queue_name, entered_epoch)
);

CREATE INDEX queue_calls_time ON queue_calls (entered_epoch, queue_name);

-- Calls the runtime refused (CENTRALITA_STATUS=BUSY): they never have a call record.
CREATE TABLE rejected_calls (
    call_id      VARCHAR(128) NOT NULL PRIMARY KEY,
    flow_id      VARCHAR(200),
    reason       VARCHAR(32)  NOT NULL,
    at_epoch     BIGINT       NOT NULL
);

CREATE INDEX rejected_calls_time ON rejected_calls (at_epoch);
