package org.centralita.runtime.reports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The callers' visits to queues that one batch of events touches, held in memory while the batch
 * is applied and written back once at its end (new visits inserted, changed ones updated), so a
 * caller's ENTERQUEUE, CONNECT and COMPLETE in one batch cost one row write, not three.
 */
final class VisitBook {

    /** One visit as the batch sees it. */
    static final class Visit {
        final String callId;
        final String queue;
        final long enteredEpoch;
        String outcome;
        String agent;
        Integer waitSeconds;
        Integer talkSeconds;
        private final boolean fresh;
        private boolean changed;

        Visit(String callId, String queue, long enteredEpoch, String outcome, String agent, Integer wait, Integer talk,
              boolean fresh) {
            this.callId = callId;
            this.queue = queue;
            this.enteredEpoch = enteredEpoch;
            this.outcome = outcome;
            this.agent = agent;
            this.waitSeconds = wait;
            this.talkSeconds = talk;
            this.fresh = fresh;
        }

        /** Sets the outcome and the values the event gives (a value it does not give is kept). */
        void update(String newOutcome, String newAgent, Integer wait, Integer talk) {
            outcome = newOutcome;
            agent = newAgent != null ? newAgent : agent;
            waitSeconds = wait != null ? wait : waitSeconds;
            talkSeconds = talk != null ? talk : talkSeconds;
            changed = true;
        }
    }

    private final QueueEventRows rows;
    private final Map<String, List<Visit>> visits = new HashMap<>();
    private final Map<String, Boolean> loaded = new HashMap<>();

    VisitBook(QueueEventRows rows) {
        this.rows = rows;
    }

    /** The caller's latest visit to the queue that began by {@code epoch}: from the batch, else from the store. */
    Optional<Visit> latest(String callId, String queue, long epoch) throws SQLException {
        String key = callId + '\u0000' + queue;
        Optional<Visit> inBatch = latestIn(visits.getOrDefault(key, List.of()), epoch);
        if (inBatch.isPresent() || loaded.containsKey(key)) {
            return inBatch;
        }
        loaded.put(key, true);
        List<Visit> list = visits.computeIfAbsent(key, k -> new ArrayList<>());
        list.addAll(rows.visits(callId, queue));
        return latestIn(list, epoch);
    }

    /** A visit that begins with this batch. */
    Visit open(String callId, String queue, long enteredEpoch, String outcome, String agent, Integer wait, Integer talk) {
        Visit visit = new Visit(callId, queue, enteredEpoch, outcome, agent, wait, talk, true);
        visits.computeIfAbsent(callId + '\u0000' + queue, k -> new ArrayList<>()).add(visit);
        return visit;
    }

    /** Writes the batch's new and changed visits. */
    void flush() throws SQLException {
        List<Visit> fresh = new ArrayList<>();
        List<Visit> changed = new ArrayList<>();
        for (List<Visit> list : visits.values()) {
            for (Visit visit : list) {
                if (visit.fresh) {
                    fresh.add(visit);
                } else if (visit.changed) {
                    changed.add(visit);
                }
            }
        }
        rows.insertVisits(fresh);
        rows.updateVisits(changed);
    }

    private static Optional<Visit> latestIn(List<Visit> list, long epoch) {
        Visit latest = null;
        for (Visit visit : list) {
            if (visit.enteredEpoch <= epoch && (latest == null || visit.enteredEpoch > latest.enteredEpoch)) {
                latest = visit;
            }
        }
        return Optional.ofNullable(latest);
    }
}
