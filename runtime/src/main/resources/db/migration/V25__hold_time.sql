-- Hold time (docs/reports.md, "Hold and handle time"): Asterisk's queue_log has no hold lines,
-- so the seconds a caller spent on hold while connected to an agent are taken from the AMI
-- Hold/Unhold events and kept per visit (hold_s; held_since is the epoch second of a hold not yet
-- ended, NULL when none), and summed per quarter hour with the rest. Agents' sums also count the
-- calls that completed (talked), which their average handle time is over. The same SQL on H2 2.x
-- and PostgreSQL; no hold was known before, so the sums start at 0.
ALTER TABLE queue_calls ADD COLUMN hold_s INTEGER;
ALTER TABLE queue_calls ADD COLUMN held_since BIGINT;
ALTER TABLE queue_sums ADD COLUMN hold_s BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE queue_flow_sums ADD COLUMN hold_s BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE agent_sums ADD COLUMN talked BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE agent_sums ADD COLUMN hold_s BIGINT DEFAULT 0 NOT NULL;

UPDATE agent_sums SET talked = (SELECT COUNT(*) FROM queue_calls q WHERE q.agent = agent_sums.agent
    AND q.queue_name = agent_sums.queue_name AND q.entered_epoch >= agent_sums.bucket * 900
    AND q.entered_epoch < agent_sums.bucket * 900 + 900 AND q.outcome = 'answered' AND q.talk_s IS NOT NULL);
