-- The "overflows" report over a million calls under 2 s (docs/benchmarks.md, "Reports over a
-- million calls"). It reads the visits that ended with a time-out, a full queue or no agents (a
-- few of a period's calls), then each one's call record and the call's next visit. By the
-- entry-time index it read every visit of the period; and H2 fetched each visit's and each call
-- record's row from the table, page by page out of a cache far smaller than the store (2.1 s over
-- a million calls). By outcome then entry time, carrying the columns the report reads, both
-- databases go straight to the overflowed visits and read them and their call records from the
-- indexes alone (the call's next visit already comes from the primary key's index).
-- The same SQL on H2 2.x and PostgreSQL.
CREATE INDEX queue_calls_overflow ON queue_calls (outcome, entered_epoch, queue_name, call_id);
CREATE INDEX calls_overflow ON calls (call_id, outcome, queue_name, flow_id);
