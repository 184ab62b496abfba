package org.centralita.runtime.reports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centralita.runtime.store.ReportSums;

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
        /** The flow of the visit's call, once known (null for a fresh visit: attributed after it is written). */
        String flowId;
        Integer waitSeconds;
        Integer talkSeconds;
        /** Seconds on hold while connected to the agent (AMI Hold/Unhold), or null when never held. */
        Integer holdSeconds;
        /** The epoch second a hold not yet ended began, or null. */
        Long heldSince;
        private final boolean fresh;
        private boolean changed;
        /** As it was stored before this batch (null for a fresh visit): taken back from the sums when it changes. */
        private final String[] stored;

        Visit(String callId, String queue, long enteredEpoch, String outcome, String agent, Integer wait, Integer talk,
              Integer hold, Long heldSince, boolean fresh) {
            this.callId = callId;
            this.queue = queue;
            this.enteredEpoch = enteredEpoch;
            this.outcome = outcome;
            this.agent = agent;
            this.waitSeconds = wait;
            this.talkSeconds = talk;
            this.holdSeconds = hold;
            this.heldSince = heldSince;
            this.fresh = fresh;
            this.stored = fresh ? null : new String[] {outcome, agent, text(wait), text(talk), text(hold)};
        }

        /** Sets the outcome and the values the event gives (a value it does not give is kept). */
        void update(String newOutcome, String newAgent, Integer wait, Integer talk) {
            outcome = newOutcome;
            agent = newAgent != null ? newAgent : agent;
            waitSeconds = wait != null ? wait : waitSeconds;
            talkSeconds = talk != null ? talk : talkSeconds;
            changed = true;
        }

        /** The epoch second the agent answered, or null when not answered (or its wait is not known). */
        Long answeredAt() {
            return QueueVisit.ANSWERED.equals(outcome) && waitSeconds != null ? enteredEpoch + waitSeconds : null;
        }

        /** The epoch second the answered call ended, or null while it goes on. */
        Long endedAt() {
            Long answered = answeredAt();
            return answered == null || talkSeconds == null ? null : answered + talkSeconds;
        }

        /** A hold begins (one already going on goes on). */
        void hold(long epoch) {
            if (heldSince == null) {
                heldSince = epoch;
                changed = true;
            }
        }

        /** The hold going on ends at {@code epoch}: its seconds are added (never more than the call's talk time). */
        void unhold(long epoch) {
            if (heldSince == null) {
                return;
            }
            long held = Math.max(0, epoch - heldSince) + (holdSeconds == null ? 0 : holdSeconds);
            holdSeconds = (int) Math.min(talkSeconds == null ? held : Math.min(held, talkSeconds), Integer.MAX_VALUE);
            heldSince = null;
            changed = true;
        }
    }

    private final QueueEventRows rows;
    private final ReportSettings settings;
    private final Map<String, List<Visit>> visits = new HashMap<>();
    private final Map<String, Boolean> loaded = new HashMap<>();
    /** Calls whose visits to every queue were read (for a hold). */
    private final Set<String> loadedCalls = new HashSet<>();
    private long firstEntered = Long.MAX_VALUE;
    private long lastEntered = Long.MIN_VALUE;

    VisitBook(QueueEventRows rows, ReportSettings settings) {
        this.rows = rows;
        this.settings = settings;
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

    /**
     * The caller's answered visit, to any queue, that the agent was on at {@code epoch} (answered by
     * then and not ended before it): where a hold, which names no queue, belongs.
     */
    Optional<Visit> connectedAt(String callId, long epoch) throws SQLException {
        if (loadedCalls.add(callId)) {
            for (Visit stored : rows.visits(callId)) {
                String key = callId + '\u0000' + stored.queue;
                if (loaded.putIfAbsent(key, true) == null) {
                    visits.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
                }
            }
        }
        Visit connected = null;
        String prefix = callId + '\u0000';
        for (Map.Entry<String, List<Visit>> entry : visits.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            for (Visit visit : entry.getValue()) {
                Long answered = visit.answeredAt();
                Long ended = visit.endedAt();
                if (answered != null && answered <= epoch && (ended == null || epoch <= ended)
                        && (connected == null || answered > connected.answeredAt())) {
                    connected = visit;
                }
            }
        }
        return Optional.ofNullable(connected);
    }

    /** A visit that begins with this batch. */
    Visit open(String callId, String queue, long enteredEpoch, String outcome, String agent, Integer wait, Integer talk) {
        Visit visit = new Visit(callId, queue, enteredEpoch, outcome, agent, wait, talk, null, null, true);
        visits.computeIfAbsent(callId + '\u0000' + queue, k -> new ArrayList<>()).add(visit);
        return visit;
    }

    /** Writes the batch's new and changed visits, and gathers what they change in the report sums. */
    void flush(ReportSums sums) throws SQLException {
        List<Visit> fresh = new ArrayList<>();
        List<Visit> changed = new ArrayList<>();
        for (List<Visit> list : visits.values()) {
            for (Visit visit : list) {
                if (visit.fresh) {
                    fresh.add(visit);
                    sum(sums, 1, visit, visit.outcome, visit.agent, visit.waitSeconds, visit.talkSeconds, visit.holdSeconds);
                } else if (visit.changed) {
                    changed.add(visit);
                    sum(sums, -1, visit, visit.stored[0], visit.stored[1], number(visit.stored[2]), number(visit.stored[3]),
                            number(visit.stored[4]));
                    sum(sums, 1, visit, visit.outcome, visit.agent, visit.waitSeconds, visit.talkSeconds, visit.holdSeconds);
                }
            }
        }
        rows.insertVisits(fresh);
        rows.updateVisits(changed);
    }

    /** The earliest and latest entry of the visits written by {@link #flush}; empty when none. */
    Optional<long[]> entered() {
        return firstEntered > lastEntered ? Optional.empty() : Optional.of(new long[] {firstEntered, lastEntered});
    }

    /** A visit in the sums as {@code queue_calls} keeps it (values cut to their columns). */
    private void sum(ReportSums sums, int sign, Visit visit, String outcome, String agent, Integer wait, Integer talk,
                     Integer hold) {
        String queue = QueueEventRows.fit(visit.queue, 200);
        firstEntered = Math.min(firstEntered, visit.enteredEpoch);
        lastEntered = Math.max(lastEntered, visit.enteredEpoch);
        sums.addVisit(sign, queue, visit.flowId, visit.enteredEpoch, outcome, QueueEventRows.fit(agent, 200), wait, talk,
                hold, settings.shortAbandonSeconds(), settings.serviceLevelSeconds(queue));
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
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
