package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.ami.AmiSettings;
import org.centralita.runtime.ami.QueueStatusService;
import org.centralita.runtime.ami.simulator.AmiMessage;
import org.centralita.runtime.ami.simulator.SimulatedAmi;
import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.Test;

/** Queue events into the records store: the same behaviour on H2 and PostgreSQL. */
abstract class QueueEventsContract {

    /** A new, empty store. */
    abstract RecordsStore newStore() throws Exception;

    @Test
    void shouldReadTheRealAsterisk22FileIntoOneVisitPerCallerEntering() throws Exception {
        try (RecordsStore store = newStore()) {
            // given the queue_log a real Asterisk 22 wrote
            Path file = Path.of(getClass().getResource("/queue_log/asterisk22/queue_log").toURI());

            // when it is imported
            QueueLogImport.Result result = new QueueLogImport(new QueueEventStore(store)).read(file);

            // then every line is read: 195 events kept, QUEUESTART informational, nothing unreadable
            assertThat(result.problems()).isEmpty();
            assertThat(result).extracting(QueueLogImport.Result::lines, QueueLogImport.Result::stored,
                    QueueLogImport.Result::duplicates, QueueLogImport.Result::ignored).containsExactly(196, 195, 0, 1);
            // and the 90 ENTERQUEUE lines are 90 visits: 13 answered (CONNECT), 37 abandoned, 40 EXITEMPTY
            List<QueueTables.VisitRow> visits = QueueTables.visits(store);
            assertThat(visits).hasSize(90);
            assertThat(visits.stream().filter(v -> v.outcome().equals("answered"))).hasSize(13);
            assertThat(visits.stream().filter(v -> v.outcome().equals("abandoned"))).hasSize(37);
            assertThat(visits.stream().filter(v -> v.outcome().equals("empty"))).hasSize(40);
            // the call 1799647.132 waited 25 s, talked 0 s with Fake agent CI (CONNECT|25, COMPLETECALLER|25|0)
            assertThat(visits).contains(new QueueTables.VisitRow("1799647.132", "citizen-services", 1796502311L,
                    "answered", "Fake agent CI", 25, 0));
        }
    }

    @Test
    void shouldKeepNothingTwiceWhenTheSameFileIsReadAgain() throws Exception {
        try (RecordsStore store = newStore()) {
            // given a file imported once
            Path file = Path.of(getClass().getResource("/queue_log/asterisk22/queue_log").toURI());
            QueueLogImport importer = new QueueLogImport(new QueueEventStore(store));
            importer.read(file);

            // when it is imported again
            QueueLogImport.Result again = importer.read(file);

            // then every event is recognized as kept already, and the tables did not grow
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(195);
            assertThat(QueueTables.count(store, "SELECT COUNT(*) FROM queue_events")).isEqualTo(195);
            assertThat(QueueTables.count(store, "SELECT COUNT(*) FROM queue_calls")).isEqualTo(90);
        }
    }

    @Test
    void shouldReportAnUnreadableLineWithItsNumberAndKeepTheRest() throws Exception {
        try (RecordsStore store = newStore()) {
            // given a file whose third line is cut short and fourth names no event Asterisk writes
            String text = """
                    1700000000|c1|sales|NONE|ENTERQUEUE||5551000|1
                    1700000004|c1|sales|Ann|CONNECT|4|c1.2|3
                    1700000010|c1|sa
                    1700000011|c1|sales|Ann|HICCUP|1
                    1700000064|c1|sales|Ann|COMPLETECALLER|4|60|1
                    """;

            // when it is imported
            QueueLogImport.Result result = new QueueLogImport(new QueueEventStore(store))
                    .read(new BufferedReader(new StringReader(text)), "queue_log");

            // then lines 3 and 4 are reported with their numbers, and the call is kept whole
            assertThat(result.problems()).containsExactly(
                    "queue_log:3: expected at least 5 fields separated by '|', found 3 (line skipped)",
                    "queue_log:4: unknown queue event 'HICCUP' (line skipped)");
            assertThat(QueueTables.visits(store)).containsExactly(
                    new QueueTables.VisitRow("c1", "sales", 1700000000L, "answered", "Ann", 4, 60));
        }
    }

    @Test
    void shouldRecognizeTheSameEventsInAFileSpanningDays() throws Exception {
        try (RecordsStore store = newStore()) {
            // given a sparse file: two calls two days apart (each event is then looked up on its own)
            String text = """
                    1700000000|d1|sales|NONE|ENTERQUEUE||5551000|1
                    1700000030|d1|sales|NONE|ABANDON|1|1|30
                    1700172800|d2|sales|NONE|ENTERQUEUE||5551001|1
                    1700172810|d2|sales|Ann|CONNECT|10|d2.2|3
                    """;
            QueueLogImport importer = new QueueLogImport(new QueueEventStore(store));
            importer.read(new BufferedReader(new StringReader(text)), "queue_log");

            // when it is read again
            QueueLogImport.Result again = importer.read(new BufferedReader(new StringReader(text)), "queue_log");

            // then nothing is kept twice
            assertThat(again.duplicates()).isEqualTo(4);
            assertThat(QueueTables.visits(store)).containsExactly(
                    new QueueTables.VisitRow("d1", "sales", 1700000000L, "abandoned", null, 30, null),
                    new QueueTables.VisitRow("d2", "sales", 1700172800L, "answered", "Ann", 10, null));
        }
    }

    @Test
    void shouldCountACallSeenLiveOverAmiAndThenInTheFileOnce() throws Exception {
        try (RecordsStore store = newStore();
             SimulatedAmi ami = SimulatedAmi.start("centralita", "s3cret");
             QueueStatusService status = QueueStatusService.start(AmiSettings.defaults().withPort(ami.port())
                     .withTimings(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(200)), Map.of("AMI_SECRET", "s3cret")::get);
             LiveQueueEvents live = new LiveQueueEvents(new QueueEventStore(store))) {
            // given the runtime listening to Asterisk's manager interface
            status.addEventListener(live);
            await().atMost(Duration.ofSeconds(10)).until(status::connected);

            // when Asterisk sends a caller's join, answer and completion (channelvars = CENTRALITA_CALL_ID)
            ami.emit(callEvent("QueueCallerJoin", 1700000000).with("Position", 1).with("Count", 1));
            ami.emit(callEvent("AgentConnect", 1700000004).with("MemberName", "Ann").with("HoldTime", 4).with("RingTime", 3));
            ami.emit(callEvent("AgentComplete", 1700000065).with("MemberName", "Ann").with("HoldTime", 4)
                    .with("TalkTime", 60).with("Reason", "caller"));
            await().atMost(Duration.ofSeconds(10)).until(() -> QueueTables.count(store, "SELECT COUNT(*) FROM queue_events") == 3);
            // and the same call is imported from queue_log later (its clock one second off)
            String file = """
                    1700000000|ivr-7|sales|NONE|ENTERQUEUE||5551000|1
                    1700000004|ivr-7|sales|Ann|CONNECT|4|1700000000.9|3
                    1700000064|ivr-7|sales|Ann|COMPLETECALLER|4|60|1
                    """;
            QueueLogImport.Result result = new QueueLogImport(new QueueEventStore(store))
                    .read(new BufferedReader(new StringReader(file)), "queue_log");

            // then the call is one answered visit, joined by CENTRALITA_CALL_ID, not Asterisk's Uniqueid
            assertThat(result.duplicates()).isEqualTo(3);
            assertThat(QueueTables.visits(store)).containsExactly(
                    new QueueTables.VisitRow("ivr-7", "sales", 1700000000L, "answered", "Ann", 4, 60));
        }
    }

    private static AmiMessage callEvent(String name, long epoch) {
        return AmiMessage.of("Event", name).with("Privilege", "agent,all").with("Timestamp", epoch + ".000000")
                .with("Channel", "PJSIP/trunk-00000007").with("Uniqueid", "1700000000.7")
                .with("Queue", "sales").with("ChanVariable", "CENTRALITA_CALL_ID=ivr-7");
    }
}
