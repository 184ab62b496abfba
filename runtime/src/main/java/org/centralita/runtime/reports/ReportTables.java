package org.centralita.runtime.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the {@link Reports} into {@link ReportTable}s, the same for the command line, the API and the pages. */
public final class ReportTables {

    public static final List<String> NAMES = List.of("queues", "flows", "agents", "intervals", "nodes", "overflows");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Reports reports;

    public ReportTables(Reports reports) {
        this.reports = reports;
    }

    /** Every table of the period; the node table only when the period names a flow. */
    public List<ReportTable> all(ReportPeriod period, ReportInterval interval) {
        List<ReportTable> tables = new ArrayList<>(List.of(queues(period), overflows(period), flows(period), agents(period),
                intervals(period, interval)));
        if (period.flow() != null) {
            tables.add(nodes(period));
        }
        return tables;
    }

    /** The table called {@code name} (one of {@link #NAMES}). */
    public ReportTable table(String name, ReportPeriod period, ReportInterval interval) {
        return switch (name) {
            case "queues" -> queues(period);
            case "flows" -> flows(period);
            case "agents" -> agents(period);
            case "intervals" -> intervals(period, interval);
            case "nodes" -> nodes(period);
            case "overflows" -> overflows(period);
            default -> throw new IllegalArgumentException("unknown report '" + name + "': use one of " + NAMES);
        };
    }

    public ReportTable queues(ReportPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        QueueMeasures total = QueueMeasures.NONE;
        for (Map.Entry<String, QueueMeasures> queue : reports.queues(period).entrySet()) {
            rows.add(queueRow(queue.getKey(), queue.getValue()));
            total = total.plus(queue.getValue());
        }
        rows.add(queueRow("all queues", total));
        return new ReportTable("queues", "Queues", List.of("queue", "offered", "answered", "abandoned",
                "short abandoned", "overflow time-out", "overflow full", "overflow no agents", "left with key",
                "ASA s", "longest wait s", "avg abandon wait s", "avg talk s", "avg hold s", "AHT s", "service level %",
                "abandon rate %"), rows);
    }

    private static List<Object> queueRow(String name, QueueMeasures m) {
        return List.of(name, m.offered(), m.answered(), m.abandoned(), m.shortAbandoned(), m.overflowTimeout(),
                m.overflowFull(), m.overflowEmpty(), m.leftWithKey(), m.averageSpeedOfAnswer(), m.longestWaitSeconds(),
                m.averageAbandonWait(), m.averageTalk(), m.averageHold(), m.averageHandleTime(), m.serviceLevel(),
                m.abandonRate());
    }

    public ReportTable overflows(ReportPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverflowsQuery.Overflow overflow : reports.overflows(period)) {
            rows.add(List.of(overflow.queue(), overflow.reason(), overflow.wentTo(), overflow.calls()));
        }
        return new ReportTable("overflows", "Overflowed calls: where they went", List.of("queue", "overflow", "went to",
                "calls"), rows);
    }

    public ReportTable flows(ReportPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        FlowMeasures total = FlowMeasures.NONE;
        for (Map.Entry<String, FlowMeasures> flow : reports.flows(period).entrySet()) {
            rows.add(flowRow(flow.getKey().isEmpty() ? "(no flow)" : flow.getKey(), flow.getValue()));
            total = total.plus(flow.getValue());
        }
        rows.add(flowRow("all flows", total));
        return new ReportTable("flows", "Flows (IVR)", List.of("flow", "calls", "contained", "abandoned in IVR",
                "to queue", "transferred", "voicemail", "callback", "errors", "rejected", "containment %", "avg IVR time s"), rows);
    }

    private static List<Object> flowRow(String name, FlowMeasures m) {
        return List.of(name, m.calls(), m.contained(), m.abandonedInIvr(), m.toQueue(), m.transferred(), m.voicemail(),
                m.callback(), m.errors(), m.rejected(), m.containmentRate(), m.averageSeconds());
    }

    public ReportTable agents(ReportPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        reports.agents(period).forEach((agent, m) -> rows.add(List.of(agent, m.loggedInSeconds(), m.pausedSeconds(),
                m.answered(), m.talkWithoutHoldSeconds(), m.holdSeconds(), m.averageHandleTime(), m.ringNoAnswer(),
                m.occupancy(), m.callsPerHour())));
        return new ReportTable("agents", "Agents", List.of("agent", "logged in s", "paused s", "answered", "talk s",
                "hold s", "AHT s", "ring no answer", "occupancy %", "calls per hour"), rows);
    }

    public ReportTable intervals(ReportPeriod period, ReportInterval interval) {
        List<List<Object>> rows = new ArrayList<>();
        reports.intervals(period, interval).forEach((start, row) -> rows.add(List.of(start.format(WHEN),
                row.flows().calls(), row.flows().abandonedInIvr(), row.queues().offered(), row.queues().answered(),
                row.queues().abandoned(), row.queues().overflowed(), row.queues().averageSpeedOfAnswer(),
                row.queues().averageHold(), row.queues().averageHandleTime(), row.queues().serviceLevel(),
                row.queues().abandonRate())));
        return new ReportTable("intervals", "Calls by " + interval.label() + " (" + period.zone() + ")",
                List.of("interval", "IVR calls", "abandoned in IVR", "queue offered", "answered", "abandoned",
                        "overflowed", "ASA s", "avg hold s", "AHT s", "service level %", "abandon rate %"), rows);
    }

    public ReportTable nodes(ReportPeriod period) {
        if (period.flow() == null) {
            throw new IllegalArgumentException("the node report is for one flow: name it (--flow ID, ?flow=ID)");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (NodeCounts node : reports.nodes(period, period.flow())) {
            for (NodeCounts.Exit exit : node.exits()) {
                rows.add(List.of(node.node(), node.calls(), node.hungUp(),
                        exit.to() != null ? "to " + exit.to() : "ended: " + exit.ended(), exit.count()));
            }
        }
        return new ReportTable("nodes", "Nodes of flow " + period.flow(), List.of("node", "calls reached",
                "hung up here", "left by", "count"), rows);
    }
}
