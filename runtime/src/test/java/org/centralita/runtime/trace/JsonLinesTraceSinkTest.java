package org.centralita.runtime.trace;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesTraceSinkTest {

    @Test
    void shouldWriteOneObjectPerLineWithEventTimeAndNodeFirst() throws Exception {
        StringWriter out = new StringWriter();
        CallTrace trace = new CallTrace(new JsonLinesTraceSink(out, false),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

        trace.start("bank", "1", "+34600", "100", "en-US");
        trace.assign("ask-pin", "pin", "4321", true);
        trace.assign("lookup", "balance", new BigDecimal("1520.75"), false);
        trace.rules("route", "vip", List.of("Large balance"));
        trace.end("queue");

        assertThat(out.toString().lines()).containsExactly(
                "{\"event\":\"start\",\"t\":0,\"flow\":\"bank\",\"version\":\"1\",\"ani\":\"+34600\",\"dnis\":\"100\",\"language\":\"en-US\"}",
                "{\"event\":\"assign\",\"t\":0,\"node\":\"ask-pin\",\"variable\":\"pin\",\"value\":\"***\"}",
                "{\"event\":\"assign\",\"t\":0,\"node\":\"lookup\",\"variable\":\"balance\",\"value\":1520.75}",
                "{\"event\":\"rules\",\"t\":0,\"node\":\"route\",\"outcome\":\"vip\",\"fired\":[\"Large balance\"]}",
                "{\"event\":\"end\",\"t\":0,\"outcome\":\"queue\",\"duration_ms\":0}");
    }

    @Test
    void shouldGiveEachEventOfARecordTheLineTheObjectMapperWrites() throws Exception {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("segment", "priority \"gold\"");
        nested.put("limit", new BigDecimal("2500.50"));
        nested.put("tags", List.of("a", 1, true));
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("i", i);
            fields.put("text", "línea " + i + " \u2603 \n\t" + "x".repeat(i % 7 * 100));
            fields.put("long", 1L << 40);
            fields.put("none", null);
            fields.put("context", nested);
            events.add(new TraceEvent(i % 2 == 0 ? "prompt" : "input", i, i % 3 == 0 ? null : "node-" + i, fields));
        }
        ObjectMapper mapper = new ObjectMapper();

        List<String> lines = JsonLinesTraceSink.toJson(events);

        assertThat(lines).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(mapper.writeValueAsString(events.get(i).asMap()));
            assertThat(JsonLinesTraceSink.toJson(events.get(i))).isEqualTo(lines.get(i));
        }
    }
}
