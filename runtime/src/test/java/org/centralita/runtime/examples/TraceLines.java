package org.centralita.runtime.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A call trace read back from its JSON lines, with the questions the scenario tests ask of it. */
final class TraceLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> events;

    private TraceLines(List<JsonNode> events) {
        this.events = events;
    }

    /** Every line of {@code jsonLines}, each one JSON object. */
    static TraceLines parse(String jsonLines) throws JsonProcessingException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : jsonLines.lines().filter(l -> !l.isBlank()).toList()) {
            events.add(JSON.readTree(line));
        }
        return new TraceLines(events);
    }

    List<JsonNode> all() {
        return events;
    }

    /** The events of this name, in order. */
    List<JsonNode> events(String name) {
        return events.stream().filter(e -> name.equals(e.path("event").asText())).toList();
    }

    /** The nodes entered, in order; a subflow's node qualified as {@code subflow-node/node} is named by its own id. */
    List<String> path() {
        return events("enter").stream().map(e -> e.path("node").asText())
                .map(node -> node.substring(node.lastIndexOf('/') + 1)).toList();
    }

    /** The end event's outcome. */
    String outcome() {
        List<JsonNode> ends = events("end");
        return ends.isEmpty() ? "(no end event)" : ends.get(ends.size() - 1).path("outcome").asText();
    }

    /** The last event of this name, or a missing node. */
    JsonNode last(String name) {
        List<JsonNode> found = events(name);
        return found.isEmpty() ? JSON.missingNode() : found.get(found.size() - 1);
    }

    /** The no-input and no-match events, as "no-input 1", in order. */
    List<String> attempts() {
        return events.stream().filter(e -> e.path("event").asText().startsWith("no-"))
                .map(e -> e.path("event").asText() + " " + e.path("attempt").asInt()).toList();
    }

    /** The prompts heard from the first time {@code node} was entered on (all when null). */
    List<JsonNode> promptsFrom(String node) {
        boolean on = node == null;
        List<JsonNode> prompts = new ArrayList<>();
        for (JsonNode event : events) {
            if (!on) {
                on = "enter".equals(event.path("event").asText()) && node.equals(event.path("node").asText());
            }
            if (on && "prompt".equals(event.path("event").asText())) {
                prompts.add(event);
            }
        }
        return prompts;
    }
}
