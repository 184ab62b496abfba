-- No query reads call_events by (node, event): the node counts and their sums reach the rows of
-- `enter` events by call id (the primary key's index on PostgreSQL, the foreign key's on H2),
-- the trace by call id, and a call's deletion cascades by call id. Checked with EXPLAIN on H2 2.x
-- and PostgreSQL 15 (docs/benchmarks.md, "Whole-process CPU per call", fifth round): neither
-- used this index. Each row written paid for its entry.
-- The same SQL on H2 2.x and PostgreSQL.
DROP INDEX IF EXISTS call_events_node;
