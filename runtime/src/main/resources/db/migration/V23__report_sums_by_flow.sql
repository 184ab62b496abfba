-- The queue report of one flow from sums too (docs/reports.md, "Sums per quarter hour"): each
-- caller's visit to a queue learns the flow its call came through (from the call record, written
-- before or after the queue events), and the visits so attributed are summed per quarter hour,
-- queue and flow, with the same columns as queue_sums. The same SQL on H2 2.x and PostgreSQL;
-- V24 (Java) attributes and sums the visits already stored.
ALTER TABLE queue_calls ADD COLUMN flow_id VARCHAR(200);

CREATE TABLE queue_flow_sums (
    bucket            BIGINT       NOT NULL,
    queue_name        VARCHAR(200) NOT NULL,
    flow_id           VARCHAR(200) NOT NULL,
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
    PRIMARY KEY (bucket, queue_name, flow_id)
);

-- An agent's event seen before (a few seconds of one kind) is found by the index on the kind
-- (V21): the index by agent goes, one index fewer to write for every queue event kept.
DROP INDEX queue_events_agent;
