package org.centralita.runtime.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.ReportSums;
import org.centralita.runtime.store.RecordsStoreException;

/**
 * Keeps queue events in the records store ({@code queue_events}) and the callers' visits to
 * queues built from them ({@code queue_calls}). Idempotent: an event already kept (the same
 * file read twice, or an event seen live and then in the file, within {@link #SAME_EVENT_SECONDS})
 * is counted as a duplicate and changes nothing.
 */
public final class QueueEventStore {

    /** Two sources may stamp one event up to this many seconds apart (AMI receive time, file time). */
    static final int SAME_EVENT_SECONDS = 2;
    /** A batch spanning more than this is checked event by event rather than read around in one query. */
    private static final Duration ONE_QUERY_SPAN = Duration.ofHours(6);
    private static final String DUPLICATE_KEY = "23505";
    /**
     * Visits that began this long before a batch's are attributed again: a call record written at
     * the same moment as its visit's first events is seen by neither transaction.
     */
    private static final int ATTRIBUTE_BACK_SECONDS = 120;

    private final RecordsStore store;
    private final ReportSettings settings;
    private final List<Consumer<QueueEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the report sums with the default thresholds. */
    public QueueEventStore(RecordsStore store) {
        this(store, ReportSettings.defaults());
    }

    /** Keeps the report sums with the contact center's thresholds (short abandon, service level per queue). */
    public QueueEventStore(RecordsStore store, ReportSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** How many of the events were new and how many already kept. */
    public record Kept(int stored, int duplicates) {
        Kept plus(Kept other) {
            return new Kept(stored + other.stored, duplicates + other.duplicates);
        }
    }

    /** Tells {@code listener} of every event newly kept (the wallboard), after its transaction commits. */
    public void onStored(Consumer<QueueEvent> listener) {
        listeners.add(listener);
    }

    /** Keeps the events in one transaction; a concurrent writer of the same event is handled by retrying one by one. */
    public Kept keep(List<QueueEvent> events) {
        if (events.isEmpty()) {
            return new Kept(0, 0);
        }
        try {
            return keepTogether(events);
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState()) || events.size() == 1) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return new Kept(0, 1);
                }
                throw new RecordsStoreException("could not keep " + events.size() + " queue events in "
                        + store.describe(), e);
            }
            Kept kept = new Kept(0, 0);
            for (QueueEvent event : events) {
                kept = kept.plus(keep(List.of(event)));
            }
            return kept;
        }
    }

    private Kept keepTogether(List<QueueEvent> events) throws SQLException {
        List<QueueEvent> fresh = new ArrayList<>();
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try (QueueEventRows rows = new QueueEventRows(connection)) {
                boolean sparse = sparse(events);
                KeptEvents kept = sparse ? new KeptEvents() : rows.keptBetween(first(events).minusSeconds(SAME_EVENT_SECONDS),
                        last(events).plusSeconds(SAME_EVENT_SECONDS));
                VisitBook visits = new VisitBook(rows, settings);
                QueueVisitUpdate update = new QueueVisitUpdate(visits);
                ReportSums sums = new ReportSums();
                for (QueueEvent event : events) {
                    if (kept.contains(event) || (sparse && rows.alreadyKept(event, SAME_EVENT_SECONDS))) {
                        continue;
                    }
                    kept.add(event);
                    rows.addEvent(event);
                    update.apply(event);
                    if (event.kind() == QueueEventKind.RINGNOANSWER && event.agent() != null) {
                        sums.addRing(QueueEventRows.fit(event.agent(), 200), QueueEventRows.fit(event.queue(), 200),
                                event.at().getEpochSecond());
                    }
                    fresh.add(event);
                }
                rows.writeEvents();
                visits.flush(sums);
                sums.write(connection, store.postgres());
                Optional<long[]> entered = visits.entered();
                if (entered.isPresent()) {
                    // the batch's visits whose call records came first (or at the same moment) learn their flow
                    ReportSums.attribute(connection, store.postgres(), entered.get()[0] - ATTRIBUTE_BACK_SECONDS,
                            entered.get()[1]);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        fresh.forEach(event -> listeners.forEach(listener -> listener.accept(event)));
        return new Kept(fresh.size(), events.size() - fresh.size());
    }

    /**
     * Whether the batch spans more than {@link #ONE_QUERY_SPAN} (a sparse file): its events are
     * then looked up one by one instead of reading everything kept around it in one query.
     */
    private static boolean sparse(List<QueueEvent> events) {
        return Duration.between(first(events), last(events)).compareTo(ONE_QUERY_SPAN) > 0;
    }

    private static Instant first(List<QueueEvent> events) {
        return events.stream().map(QueueEvent::at).min(Instant::compareTo).orElseThrow();
    }

    private static Instant last(List<QueueEvent> events) {
        return events.stream().map(QueueEvent::at).max(Instant::compareTo).orElseThrow();
    }
}
