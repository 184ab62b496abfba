-- A call's whole trace in one value of its row: the events as one JSON array, exactly the trace's
-- JSON lines (the contract's events, masked by the engine) joined by commas. `call_events` keeps
-- a row for each `enter` event only (the reports read those: node counts and their sums), about
-- 36 rows a call instead of 85 (docs/benchmarks.md, "Whole-process CPU per call": fifth round).
-- Calls written before keep every event in `call_events` and no trace here (NULL): readers take
-- the rows then. VARCHAR, not TEXT: H2 keeps a TEXT (CLOB) value over a few hundred bytes apart,
-- in its LOB storage; a trace longer than this column stays in rows as before (CallRecords).
-- The same SQL on H2 2.x and PostgreSQL.
ALTER TABLE calls ADD COLUMN trace VARCHAR(1000000);
