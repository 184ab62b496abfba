-- The nodes a call entered, in order, as one value of its row: a JSON array of node ids
-- (["welcome","menu","sales-queue"], CallNodes), beside its whole trace (migration 28). The reports'
-- node counts (NodeCountsQuery off the quarter hours, ReportSums.rebuild) read it, so a call that
-- has it writes no `call_events` rows at all: one row a call instead of about 37
-- (docs/benchmarks.md, "Whole-process CPU per call": seventh round).
-- Calls written before keep their `enter` events (or every event) as rows and NULL here: readers
-- take the rows then. A call entering more nodes than this column holds keeps its `enter` rows too.
-- The same SQL on H2 2.x and PostgreSQL.
ALTER TABLE calls ADD COLUMN nodes VARCHAR(1000000);
