-- One index fewer to write for every queue event kept (docs/benchmarks.md, "Reports over a
-- million calls"): the index by call was read only to find an event kept before when a batch is
-- sparse (events looked up one by one); that lookup now goes by the kind and the time (the index
-- of V21), a window of a few seconds of one kind of event. The same SQL on H2 2.x and PostgreSQL.
DROP INDEX queue_events_call;
