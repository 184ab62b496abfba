package org.centralita.runtime.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
}
