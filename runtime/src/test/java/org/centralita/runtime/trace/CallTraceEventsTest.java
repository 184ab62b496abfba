package org.centralita.runtime.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallTraceEventsTest {

    private final InMemoryTraceSink sink = new InMemoryTraceSink();
    private final CallTrace trace = new CallTrace(sink,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldWriteEveryEventAsTheObjectMapperWritesItsMap() throws Exception {
        // given one event of each shape, with nulls, numbers, lists and maps
        writeOneOfEach();

        // when / then
        ObjectMapper mapper = new ObjectMapper();
        assertThat(sink.events()).hasSize(15).allSatisfy(event ->
                assertThat(JsonLinesTraceSink.toJson(event)).isEqualTo(mapper.writeValueAsString(event.asMap())));
    }

    @Test
    void shouldWriteACallsEventsAsTheSameLinesOneByOne() {
        // given
        writeOneOfEach();
        List<TraceEvent> events = sink.events();

        // when
        List<String> lines = JsonLinesTraceSink.toJson(events);

        // then
        assertThat(lines).containsExactlyElementsOf(events.stream().map(JsonLinesTraceSink::toJson).toList());
    }

    @Test
    void shouldKeepFieldsInOrderAndEqualToTheSameMap() {
        // given
        trace.confirmation("ask-pin", "speech", "yes", 0.8);

        // when
        Map<String, Object> fields = sink.events().get(0).fields();

        // then
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("mode", "speech");
        expected.put("value", "yes");
        expected.put("confidence", 0.8);
        expected.put("confirm", true);
        assertThat(fields).containsExactlyEntriesOf(expected).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(fields.get("confidence")).isEqualTo(0.8);
        assertThat(fields.get("missing")).isNull();
        assertThat(fields.toString()).isEqualTo(expected.toString());
    }

    private void writeOneOfEach() {
        trace.start("bank", "1", null, "100", "en-US");
        trace.enter("menu", "menu", null);
        trace.enter("ask", "input", "sub");
        trace.prompt("menu", "en-US", "Hello \"caller\"\n", List.of());
        trace.prompt("menu", "en-US", "", List.of("welcome"));
        trace.prompt("menu", "en-US", "Hi", List.of("a", "b"));
        trace.input("ask", "dtmf", "1234", null, true);
        trace.input("ask", "speech", "one", 0.75, false);
        trace.assign("set", "balance", new BigDecimal("1520.750"), false);
        trace.assign("set", "count", 3.0, false);
        trace.queue("q", "sales", 5, Map.of("tier", "gold"), "delivered");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("balance", new BigDecimal("12.50"));
        context.put("nothing", null);
        context.put("list", java.util.Arrays.asList(1, null, "x", List.of(true)));
        context.put("date", java.time.LocalDate.of(2026, 1, 2).toString());
        trace.queue("q", "sales", 5, context, "overflow");
        trace.crm("crm", "erp", 200, 12L);
        trace.rules("route", "vip", List.of("Large balance"));
        trace.end("queue");
    }
}
