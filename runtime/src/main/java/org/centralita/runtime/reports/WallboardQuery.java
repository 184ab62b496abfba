package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.RecordsStoreException;

/** Takes a {@link WallboardSnapshot} from the records store: today in the contact center's zone, and now. */
final class WallboardQuery {

    /** A visit still "waiting" after this long lost its end event: it no longer counts as waiting. */
    private static final Duration STALE = Duration.ofHours(12);

    private final RecordsStore store;
    private final Reports reports;
    private final AgentStates agentStates;
    private final ZoneId zone;
    private final Clock clock;

    WallboardQuery(RecordsStore store, Reports reports, AgentStates agentStates, ZoneId zone, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.agentStates = agentStates;
        this.zone = zone;
        this.clock = clock;
    }

    WallboardSnapshot take() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ReportPeriod day = ReportPeriod.days(today, today, zone);
        Map<String, QueueMeasures> measures = reports.queues(day);
        Map<String, long[]> waiting = new TreeMap<>();
        Set<String> busy = new HashSet<>();
        long since = now.minus(STALE).getEpochSecond();
        try (Connection connection = store.connection()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT queue_name, COUNT(*), MIN(entered_epoch)"
                    + " FROM queue_calls WHERE outcome = 'waiting' AND entered_epoch >= ? GROUP BY queue_name")) {
                statement.setLong(1, since);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        waiting.put(rows.getString(1), new long[] {rows.getLong(2), Math.max(0, now.getEpochSecond() - rows.getLong(3))});
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT agent FROM queue_calls"
                    + " WHERE outcome = 'answered' AND talk_s IS NULL AND agent IS NOT NULL AND entered_epoch >= ?")) {
                statement.setLong(1, since);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        busy.add(rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new RecordsStoreException("could not read the wallboard from " + store.describe(), e);
        }
        Set<String> names = new java.util.TreeSet<>(measures.keySet());
        names.addAll(waiting.keySet());
        List<WallboardSnapshot.QueueNow> queues = new ArrayList<>();
        for (String queue : names) {
            QueueMeasures m = measures.getOrDefault(queue, QueueMeasures.NONE);
            long[] w = waiting.getOrDefault(queue, new long[2]);
            queues.add(new WallboardSnapshot.QueueNow(queue, w[0], w[1], m.offered(), m.answered(), m.abandoned(), m.serviceLevel()));
        }
        // Asterisk's own word on the agents (QueueMemberStatus over AMI) when it has spoken; else the queue events
        return new WallboardSnapshot(now.toString(), queues, agentStates.known() ? agentStates.now() : agents(day, now, busy));
    }

    private WallboardSnapshot.AgentsNow agents(ReportPeriod day, Instant now, Set<String> busy) {
        long loggedIn = 0;
        long available = 0;
        long paused = 0;
        for (Map.Entry<String, AgentTimeline> agent : new AgentMeasuresQuery(store, false).timelines(day, now).entrySet()) {
            AgentTimeline timeline = agent.getValue();
            if (!timeline.loggedIn()) {
                continue;
            }
            loggedIn++;
            if (busy.contains(agent.getKey())) {
                continue;
            }
            if (timeline.paused()) {
                paused++;
            } else {
                available++;
            }
        }
        return new WallboardSnapshot.AgentsNow(loggedIn, available, busy.size(), paused);
    }
}
