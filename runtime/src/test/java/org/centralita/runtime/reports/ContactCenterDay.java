package org.centralita.runtime.reports;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.centralita.runtime.ami.simulator.AmiMessage;
import org.centralita.runtime.store.CallEventRecord;
import org.centralita.runtime.store.CallRecord;
import org.centralita.runtime.store.RecordsStore;

/**
 * A whole realistic day of a small contact center, written for the tests from Asterisk's
 * documentation of queue_log and from the call trace contract: Monday 2026-12-07 in
 * Europe/Madrid, queues {@code sales} and {@code support}, agents Ann, Bob and Cat, flows
 * {@code bank-main} and {@code card-lost}. The queue_log is kept with local clock times
 * ({@code queue_log/day-2026-12-07.queue_log.txt}) and turned into Asterisk's epoch seconds here.
 * The expected numbers are worked out by hand in {@link ReportMeasuresContract}.
 */
final class ContactCenterDay {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private ContactCenterDay() {
    }

    /** The day's queue_log as Asterisk writes it (epoch seconds). */
    static String queueLog() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ContactCenterDay.class
                .getResourceAsStream("/queue_log/day-2026-12-07.queue_log.txt"), StandardCharsets.UTF_8))) {
            return in.lines().map(ContactCenterDay::withEpoch).collect(Collectors.joining("\n", "", "\n"));
        }
    }

    /**
     * The day's answered calls as Asterisk 22's manager interface sends them, with the holds the
     * agents put them on ({@code ami/day-2026-12-07-holds.ami.txt}, local clock times turned into
     * the epoch {@code Timestamp} that {@code timestampevents=yes} sends).
     */
    static List<AmiMessage> amiHolds() throws Exception {
        String text;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ContactCenterDay.class
                .getResourceAsStream("/ami/day-2026-12-07-holds.ami.txt"), StandardCharsets.UTF_8))) {
            text = in.lines().map(line -> line.startsWith("Timestamp: ")
                    ? "Timestamp: " + at(line.substring("Timestamp: ".length())).getEpochSecond() + ".000000" : line)
                    .collect(Collectors.joining("\n", "", "\n\n"));
        }
        List<AmiMessage> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            for (Optional<AmiMessage> event = AmiMessage.read(in); event.isPresent(); event = AmiMessage.read(in)) {
                events.add(event.get());
            }
        }
        return events;
    }

    static Instant at(String localTime) {
        return DAY.atTime(LocalTime.parse(localTime)).atZone(MADRID).toInstant();
    }

    private static String withEpoch(String line) {
        int bar = line.indexOf('|');
        return at(line.substring(0, bar)).getEpochSecond() + line.substring(bar);
    }

    /** Imports the queue_log (sums with the default thresholds) and writes the IVR call records of the day. */
    static QueueLogImport.Result load(RecordsStore store) throws Exception {
        return load(store, ReportSettings.defaults());
    }

    /** Imports the queue_log, its sums made with {@code settings}, and writes the IVR call records of the day. */
    static QueueLogImport.Result load(RecordsStore store, ReportSettings settings) throws Exception {
        QueueLogImport.Result result = importQueueLog(store, settings);
        writeRecords(store);
        return result;
    }

    /** The same day with the IVR call records written before the queue_log is read (a batch import from cron). */
    static QueueLogImport.Result loadRecordsFirst(RecordsStore store, ReportSettings settings) throws Exception {
        writeRecords(store);
        return importQueueLog(store, settings);
    }

    private static QueueLogImport.Result importQueueLog(RecordsStore store, ReportSettings settings) throws Exception {
        return new QueueLogImport(new QueueEventStore(store, settings))
                .read(new BufferedReader(new StringReader(queueLog())), "queue_log");
    }

    /** How one call went through its flow: how it ended, the queue it was handed to last, the nodes it entered. */
    record CallPath(String outcome, String queue, String... nodes) { }

    /**
     * Where the sales calls the queue overflowed went when bank-main runs its queues over AGI
     * (queue-mode agi: the queue node's {@code overflow} outcome goes on in the flow): c05 (time-out)
     * to voicemail, c06 (full) to the support queue, which Cat answered, c08 (no agents) to a goodbye
     * that ends the call. Support's s05 (JOINEMPTY) stays as the dialplan ran it.
     */
    static final Map<String, CallPath> OVERFLOW_PATHS = Map.of(
            "c05", new CallPath("voicemail", null, "welcome", "menu", "sales-queue", "sales-voicemail"),
            "c06", new CallPath("queue", "support", "welcome", "menu", "sales-queue", "support-queue"),
            "c08", new CallPath("hangup", null, "welcome", "menu", "sales-queue", "goodbye"));
    /** c06's visit to support after sales was full (local clock times). */
    static final String C06_IN_SUPPORT = """
            09:30:01|c06|support|NONE|ENTERQUEUE||5550006|1
            09:30:31|c06|support|Cat|CONNECT|30|c06.1|2
            09:33:31|c06|support|Cat|COMPLETECALLER|30|180|1
            """;

    /** The day's queue_log with c06's visit to support, and no call records yet. */
    static QueueLogImport.Result importQueueLogWithOverflowPaths(RecordsStore store, ReportSettings settings) throws Exception {
        String extra = C06_IN_SUPPORT.lines().map(ContactCenterDay::withEpoch).collect(Collectors.joining("\n", "", "\n"));
        return new QueueLogImport(new QueueEventStore(store, settings))
                .read(new BufferedReader(new StringReader(queueLog() + extra)), "queue_log");
    }

    /** The day's call records with the overflowed sales calls' paths of {@link #OVERFLOW_PATHS}. */
    static void writeRecordsWithOverflowPaths(RecordsStore store) throws Exception {
        writeRecords(store, OVERFLOW_PATHS);
    }

    private static void writeRecords(RecordsStore store) throws Exception {
        writeRecords(store, Map.of());
    }

    private static void writeRecords(RecordsStore store, Map<String, CallPath> paths) throws Exception {
        String[] sales = {"c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10"};
        for (String id : sales) {
            CallPath path = paths.getOrDefault(id, new CallPath("queue", "sales", "welcome", "menu", "sales-queue"));
            call(store, id, "bank-main", path.outcome(), path.queue(), path.nodes());
        }
        for (String id : new String[] {"s01", "s02", "s03", "s04", "s05"}) {
            call(store, id, "card-lost", "queue", "support", "welcome", "support-queue");
        }
        call(store, "i01", "bank-main", "hangup", null, "welcome", "menu", "balance", "goodbye");
        call(store, "i02", "bank-main", "hangup", null, "welcome", "menu", "balance", "goodbye");
        call(store, "i03", "bank-main", "caller-hangup", null, "welcome", "menu");
        call(store, "i04", "bank-main", "caller-hangup", null, "welcome", "menu");
        call(store, "i05", "bank-main", "caller-hangup", null, "welcome");
        call(store, "i06", "bank-main", "transfer", null, "welcome", "menu", "operator");
        call(store, "i07", "bank-main", "error", null, "welcome", "menu", "balance");
        call(store, "k01", "card-lost", "hangup", null, "welcome", "blocked");
        call(store, "k02", "card-lost", "caller-hangup", null, "welcome");
        RejectedCalls rejected = new RejectedCalls(store);
        rejected.record("r01", null, "busy", at("09:30:00"));
        rejected.record("r02", null, "busy", at("09:31:00"));
    }

    /**
     * One IVR call of 30 s through {@code nodes}, ending as {@code outcome}. Calls that reached a
     * queue (c.., s..) start a minute before their first queue_log line; the others at 09:00 local time.
     */
    private static void call(RecordsStore store, String id, String flow, String outcome, String queue, String... nodes)
            throws Exception {
        Instant start = !id.startsWith("c") && !id.startsWith("s") ? at("09:00:00") : firstQueueTime(id).minusSeconds(60);
        List<CallEventRecord> events = new ArrayList<>();
        events.add(new CallEventRecord(0, 0, "start", null, "{\"event\":\"start\",\"t\":0,\"flow\":\"" + flow + "\"}"));
        for (String node : nodes) {
            int seq = events.size();
            events.add(new CallEventRecord(seq, seq * 1000L, "enter", node,
                    "{\"event\":\"enter\",\"t\":" + seq * 1000 + ",\"node\":\"" + node + "\"}"));
        }
        String last = nodes[nodes.length - 1];
        if (outcome.equals("caller-hangup")) {
            int seq = events.size();
            events.add(new CallEventRecord(seq, seq * 1000L, "hangup", last,
                    "{\"event\":\"hangup\",\"t\":" + seq * 1000 + ",\"node\":\"" + last + "\",\"by\":\"caller\"}"));
        }
        int seq = events.size();
        events.add(new CallEventRecord(seq, 30_000, "end", null,
                "{\"event\":\"end\",\"t\":30000,\"outcome\":\"" + outcome + "\",\"duration_ms\":30000}"));
        store.calls().insert(new CallRecord(id, flow, "1", "node-a", "555", "100", "en", start, start.plusSeconds(30),
                30_000, outcome, queue, last, null), events);
    }

    private static Instant firstQueueTime(String id) throws Exception {
        for (String line : queueLog().split("\n")) {
            String[] fields = line.split("\\|");
            if (fields[1].equals(id)) {
                return Instant.ofEpochSecond(Long.parseLong(fields[0]));
            }
        }
        throw new IllegalArgumentException("no queue_log line for " + id);
    }
}
