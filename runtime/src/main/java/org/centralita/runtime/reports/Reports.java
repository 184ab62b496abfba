package org.centralita.runtime.reports;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.centralita.runtime.store.RecordsStore;

/**
 * The supervisor reports over the records store: per queue, per flow, per agent, per interval and
 * per flow node, each measure as docs/reports.md defines it.
 */
public final class Reports {

    /** One interval's row: the IVR side and the queue side. */
    public record IntervalRow(FlowMeasures flows, QueueMeasures queues) {
        IntervalRow plus(IntervalRow o) {
            return new IntervalRow(flows.plus(o.flows), queues.plus(o.queues));
        }
    }

    private final RecordsStore store;
    private final ReportSettings settings;
    private final Clock clock;
    private final boolean sums;

    public Reports(RecordsStore store, ReportSettings settings, Clock clock) {
        this(store, settings, clock, true);
    }

    /**
     * With {@code sums} false every report reads the rows themselves (the tests compare both
     * ways); otherwise periods on quarter hours read the sums per quarter hour.
     */
    Reports(RecordsStore store, ReportSettings settings, Clock clock, boolean sums) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.sums = sums;
    }

    public ReportSettings settings() {
        return settings;
    }

    /** Queue measures per queue, by name. */
    public Map<String, QueueMeasures> queues(ReportPeriod period) {
        Map<String, QueueMeasures> queues = new TreeMap<>();
        new QueueMeasuresQuery(store, settings, sums).totals(period)
                .forEach(b -> queues.merge(b.queue(), b.measures(), QueueMeasures::plus));
        return queues;
    }

    /** IVR measures per flow, by id. */
    public Map<String, FlowMeasures> flows(ReportPeriod period) {
        Map<String, FlowMeasures> flows = new TreeMap<>();
        new FlowMeasuresQuery(store, sums).totals(period).forEach(b -> flows.merge(b.flow(), b.measures(), FlowMeasures::plus));
        return flows;
    }

    /** Agent measures per agent, by name. */
    public Map<String, AgentMeasures> agents(ReportPeriod period) {
        return new AgentMeasuresQuery(store, sums, settings).agents(period, clock.instant());
    }

    /** Both sides per interval (15 min, hour, day) in the period's time zone, intervals with no call left out. */
    public Map<ZonedDateTime, IntervalRow> intervals(ReportPeriod period, ReportInterval interval) {
        Map<ZonedDateTime, IntervalRow> rows = new TreeMap<>();
        // grouped into intervals by the database: one row per interval and side (two where a day has two offsets)
        new QueueMeasuresQuery(store, settings, sums).intervals(period, interval).forEach(b -> rows.merge(
                interval.startOf(b.start(), period.zone()), new IntervalRow(FlowMeasures.NONE, b.measures()), IntervalRow::plus));
        new FlowMeasuresQuery(store, sums).intervals(period, interval).forEach(b -> rows.merge(
                interval.startOf(b.start(), period.zone()), new IntervalRow(b.measures(), QueueMeasures.NONE), IntervalRow::plus));
        return rows;
    }

    /** Where each queue's overflowed callers went next, by queue and reason (read from the visits). */
    public List<OverflowsQuery.Overflow> overflows(ReportPeriod period) {
        return new OverflowsQuery(store).overflows(period);
    }

    /** How the flow's calls went through each of its nodes. */
    public List<NodeCounts> nodes(ReportPeriod period, String flow) {
        return new NodeCountsQuery(store, sums).nodes(period, flow);
    }
}
