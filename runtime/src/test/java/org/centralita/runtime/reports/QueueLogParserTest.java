package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The queue_log parser over a real Asterisk 22 file and over lines it must refuse. */
class QueueLogParserTest {

    private final QueueLogParser parser = new QueueLogParser();

    @Test
    void shouldReadEveryLineAsterisk22WroteForCentralitaCalls() throws Exception {
        // given the lines a real Asterisk 22.10.1 wrote (test resource copied from shared/queue_log)
        List<QueueLogParser.Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/queue_log/asterisk22/queue_log"), StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                lines.add(parser.parse(++number, text));
            }
        }

        // then none is unreadable, and the kinds are those of the file (counted with cut | sort | uniq -c)
        assertThat(lines).hasSize(196).noneMatch(l -> l instanceof QueueLogParser.Unreadable);
        Map<QueueEventKind, Integer> kinds = new TreeMap<>();
        lines.stream().filter(l -> l instanceof QueueLogParser.Event).map(l -> ((QueueLogParser.Event) l).event().kind())
                .forEach(k -> kinds.merge(k, 1, Integer::sum));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(QueueEventKind.ENTERQUEUE, 90,
                QueueEventKind.CONNECT, 13, QueueEventKind.COMPLETEAGENT, 11, QueueEventKind.COMPLETECALLER, 2,
                QueueEventKind.ABANDON, 37, QueueEventKind.EXITEMPTY, 40, QueueEventKind.PAUSE, 1, QueueEventKind.UNPAUSE, 1));
        assertThat(lines.get(0)).isEqualTo(new QueueLogParser.Ignored(1, "QUEUESTART"));
    }

    @Test
    void shouldTakeTheWaitTalkAndPositionFromEachEventsOwnFields() {
        // given lines of each shape app_queue writes
        // when they are read, then each field lands where Asterisk's documentation puts it
        assertThat(event("1796502336|1799647.132|citizen-services|Fake agent CI|COMPLETECALLER|25|0|12"))
                .isEqualTo(new QueueEvent(Instant.ofEpochSecond(1796502336), "1799647.132", "citizen-services",
                        "Fake agent CI", QueueEventKind.COMPLETECALLER, 25, 0, null, 12, null, QueueEvent.QUEUE_LOG));
        assertThat(event("1796501625|1799600.22|billing|NONE|ABANDON|1|1|6"))
                .extracting(QueueEvent::agent, QueueEvent::waitSeconds, QueueEvent::position).containsExactly(null, 6, 1);
        assertThat(event("1700000000|c1|sales|NONE|EXITWITHKEY|0|2|3|41"))
                .extracting(QueueEvent::detail, QueueEvent::waitSeconds, QueueEvent::position).containsExactly("0", 41, 2);
        assertThat(event("1700000000|c1|sales|Ann|TRANSFER|2001|from-internal|12|95|1"))
                .extracting(QueueEvent::detail, QueueEvent::waitSeconds, QueueEvent::talkSeconds).containsExactly("2001", 12, 95);
        assertThat(event("1700000000|c1|sales|Ann|RINGNOANSWER|15000").ringMillis()).isEqualTo(15000);
        assertThat(event("1700000000|NONE|sales|Ann|PAUSE|lunch").detail()).isEqualTo("lunch");
        assertThat(event("1700000000|c1|sales|Ann|BLINDTRANSFER|2001|ctx|3|40|1").kind()).isEqualTo(QueueEventKind.TRANSFER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "garbage;expected at least 5 fields separated by '|', found 1",
            "17000x0000|c1|sales|NONE|ENTERQUEUE||123|1;the time '17000x0000' is not seconds since 1970",
            "1700000000|c1|sales|NONE|WOBBLE|1;unknown queue event 'WOBBLE'",
            "1700000000|c1|sales|NONE|ABANDON|1|1|six;a number field of ABANDON is not a number: field 8 is 'six'"})
    void shouldReportALineItCannotReadWithItsNumberAndWhy(String text, String reason) {
        // when line 42 cannot be read, then the answer names it and says why
        assertThat(parser.parse(42, text)).isEqualTo(new QueueLogParser.Unreadable(42, reason));
    }

    private QueueEvent event(String text) {
        QueueLogParser.Line line = parser.parse(1, text);
        assertThat(line).isInstanceOf(QueueLogParser.Event.class);
        return ((QueueLogParser.Event) line).event();
    }
}
