package org.centralita.runtime.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/** Checks a call trace against the details an end cell gives; a detail not given is not checked. */
final class EndCheck {

    private final SoftAssertions softly;
    private final TraceLines trace;

    EndCheck(SoftAssertions softly, TraceLines trace) {
        this.softly = softly;
        this.trace = trace;
    }

    void check(EndCell end) {
        softly.assertThat(trace.outcome()).as("end outcome").isEqualTo(end.outcome());
        checkHandOffs(end);
        checkDecisions(end);
        checkDialogue(end);
    }

    private void checkHandOffs(EndCell end) {
        JsonNode queue = trace.last("queue");
        if (end.queue() != null) {
            softly.assertThat(queue.path("queue").asText()).as("queue").isEqualTo(end.queue());
            softly.assertThat(queue.path("priority").asInt(-1)).as("priority").isEqualTo(end.priority());
        }
        end.context().forEach((name, value) ->
                softly.assertThat(queue.path("context").path(name).asText(null)).as("context %s", name).isEqualTo(value));
        if (end.transferTo() != null) {
            softly.assertThat(trace.last("transfer").path("to").asText()).as("transfer to").isEqualTo(end.transferTo());
        }
        if (end.mailbox() != null) {
            softly.assertThat(trace.last("voicemail").path("mailbox").asText()).as("mailbox").isEqualTo(end.mailbox());
        }
        if (end.callbackNumber() != null) {
            JsonNode callback = trace.last("callback");
            softly.assertThat(callback.path("number").asText()).as("callback number").isEqualTo(end.callbackNumber());
            if (end.callbackQueue() != null) {
                softly.assertThat(callback.path("queue").asText()).as("callback queue").isEqualTo(end.callbackQueue());
            }
        }
    }

    private void checkDecisions(EndCell end) {
        JsonNode rules = trace.last("rules");
        if (end.rulesOutcome() != null) {
            softly.assertThat(rules.path("outcome").asText()).as("rules outcome").isEqualTo(end.rulesOutcome());
        }
        if (end.fired() != null) {
            List<String> fired = java.util.stream.StreamSupport.stream(rules.path("fired").spliterator(), false)
                    .map(JsonNode::asText).toList();
            softly.assertThat(fired).as("rules fired").containsExactlyInAnyOrderElementsOf(end.fired());
        }
        if (end.crmStatus() != null) {
            List<String> statuses = trace.events("crm").stream().map(e -> e.path("status").asText()).toList();
            softly.assertThat(statuses).as("crm statuses").hasSize(end.crmCount()).containsOnly(end.crmStatus());
        }
        if (end.attempts() != null) {
            softly.assertThat(trace.attempts()).as("no-input / no-match attempts").containsExactlyElementsOf(end.attempts());
        }
    }

    private void checkDialogue(EndCell end) {
        List<String> texts = trace.promptsFrom(null).stream().map(p -> p.path("text").asText()).toList();
        for (String spoken : end.spoken()) {
            softly.assertThat(texts).as("prompts").anyMatch(text -> text.contains(spoken));
        }
        if (end.speechValue() != null) {
            softly.assertThat(trace.events("input")).as("a speech input of %s", end.speechValue()).anyMatch(input ->
                    "speech".equals(input.path("mode").asText()) && end.speechValue().equals(input.path("value").asText()));
        }
        if (end.promptLanguage() != null) {
            softly.assertThat(trace.promptsFrom(end.promptLanguageFrom())).as("prompt languages").isNotEmpty()
                    .allMatch(p -> end.promptLanguage().equals(p.path("language").asText()));
        }
        if (end.errorAt() != null) {
            softly.assertThat(trace.last("error").path("node").asText()).as("error event node").isEqualTo(end.errorAt());
        }
        if (end.hangupBy() != null) {
            softly.assertThat(trace.last("hangup").path("by").asText()).as("hangup by").isEqualTo(end.hangupBy());
        }
        if (end.assigned() != null) {
            softly.assertThat(trace.events("assign")).as("assign of %s", end.assigned())
                    .anyMatch(a -> end.assigned().equals(a.path("variable").asText()));
        }
    }
}
