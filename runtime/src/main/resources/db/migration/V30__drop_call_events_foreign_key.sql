-- A call's event rows are written only with the call's row, in the same transaction
-- (CallRecords), and nothing deletes calls: the foreign key checked what the writer already
-- guarantees, at a lookup of the call per row, and on H2 kept an index of its own (a third entry
-- per row). Without it H2 reaches the rows by call id through the primary key (call_id, seq), as
-- PostgreSQL did already (plans checked on both). The records writer's thread costs about a
-- quarter less per call (docs/benchmarks.md, "Whole-process CPU per call", fifth round).
-- Whoever deletes old calls deletes their call_events rows too (docs/records.md).
-- The same SQL on H2 2.x and PostgreSQL.
ALTER TABLE call_events DROP CONSTRAINT call_events_call;
