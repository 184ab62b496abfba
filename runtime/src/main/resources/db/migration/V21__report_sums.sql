-- Sums per quarter hour for the supervisor reports (docs/reports.md, "Sums per quarter hour"):
-- kept up to date in the same transaction as the rows they sum (a call record, a batch of queue
-- events), so that a report over a month reads a few thousand rows instead of every call. A
-- quarter hour ("bucket") is the epoch second divided by 900, as the exact queries group them.
-- Text keys hold '' for none. The same SQL runs on H2 2.x and PostgreSQL; the rows already
-- stored are summed into them by the next migration (V22, in Java, ReportSums.rebuild).

-- The IVR side, per flow and the queue the call was handed to ('' for none).
CREATE TABLE flow_sums (
    bucket          BIGINT       NOT NULL,
    flow_id         VARCHAR(200) NOT NULL,
    queue_name      VARCHAR(200) NOT NULL,
    calls           BIGINT       NOT NULL,
    contained       BIGINT       NOT NULL,
    abandoned_ivr   BIGINT       NOT NULL,
    to_queue        BIGINT       NOT NULL,
    transferred     BIGINT       NOT NULL,
    voicemail       BIGINT       NOT NULL,
    callback        BIGINT       NOT NULL,
    errors          BIGINT       NOT NULL,
    duration_ms     BIGINT       NOT NULL,
    PRIMARY KEY (bucket, flow_id, queue_name)
);

-- How a flow's calls reached its nodes (by the call's start)...
CREATE TABLE node_sums (
    bucket   BIGINT       NOT NULL,
    flow_id  VARCHAR(200) NOT NULL,
    node     VARCHAR(200) NOT NULL,
    calls    BIGINT       NOT NULL,
    visits   BIGINT       NOT NULL,
    PRIMARY KEY (bucket, flow_id, node)
);

-- ...and left them: to the next node entered, or ended there with the call's outcome.
CREATE TABLE node_exit_sums (
    bucket     BIGINT       NOT NULL,
    flow_id    VARCHAR(200) NOT NULL,
    node       VARCHAR(200) NOT NULL,
    next_node  VARCHAR(200) NOT NULL,
    ended      VARCHAR(32)  NOT NULL,
    passes     BIGINT       NOT NULL,
    PRIMARY KEY (bucket, flow_id, node, next_node, ended)
);

-- The queue side, per queue (visits by the time the caller entered). The short-abandon and
-- service-level thresholds the counts that depend on them were made with are kept in the row
-- (-1 when writers with different thresholds met): a report with other thresholds reads the
-- visits themselves.
CREATE TABLE queue_sums (
    bucket            BIGINT       NOT NULL,
    queue_name        VARCHAR(200) NOT NULL,
    short_abandon_s   INTEGER      NOT NULL,
    service_level_s   INTEGER      NOT NULL,
    offered           BIGINT       NOT NULL,
    answered          BIGINT       NOT NULL,
    abandoned         BIGINT       NOT NULL,
    short_abandoned   BIGINT       NOT NULL,
    overflow_timeout  BIGINT       NOT NULL,
    overflow_full     BIGINT       NOT NULL,
    overflow_empty    BIGINT       NOT NULL,
    left_with_key     BIGINT       NOT NULL,
    waiting           BIGINT       NOT NULL,
    answered_in_time  BIGINT       NOT NULL,
    answer_wait_s     BIGINT       NOT NULL,
    longest_wait_s    BIGINT       NOT NULL,
    abandon_wait_s    BIGINT       NOT NULL,
    talk_s            BIGINT       NOT NULL,
    talked            BIGINT       NOT NULL,
    PRIMARY KEY (bucket, queue_name)
);

-- Per agent and queue: calls answered (by the caller's entry) and their talk, rings unanswered.
CREATE TABLE agent_sums (
    bucket          BIGINT       NOT NULL,
    agent           VARCHAR(200) NOT NULL,
    queue_name      VARCHAR(200) NOT NULL,
    answered        BIGINT       NOT NULL,
    talk_s          BIGINT       NOT NULL,
    ring_no_answer  BIGINT       NOT NULL,
    PRIMARY KEY (bucket, agent, queue_name)
);

-- The agents' log-ins and pauses are read by kind over a period: an index, not a scan.
CREATE INDEX queue_events_kind ON queue_events (kind, occurred_at);
