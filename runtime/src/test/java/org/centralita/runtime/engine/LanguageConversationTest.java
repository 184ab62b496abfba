package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.timing;

import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.LanguageNode;
import org.junit.jupiter.api.Test;

class LanguageConversationTest {

    private final ExecutableFlow flow = TestFlows.flow("city").languages("en-US", "es-ES")
            .node(new LanguageNode("choose", null, Map.of("1", "en-US", "2", "es-ES"),
                    say("For English press 1. Para español pulse 2."), timing(2), "hello", null))
            .node(new HangupNode("hello", say("Hello.", "Hola."), null))
            .build();

    @Test
    void shouldSpeakTheLanguageTheCallerChooses() {
        var call = Conversation.call(flow).press("2").run();

        assertThat(call.events("language").get(0).fields()).containsEntry("language", "es-ES");
        assertThat(call.prompts()).last().isEqualTo("Hola.");
        assertThat(call.events("prompt").get(1).fields()).containsEntry("language", "es-ES");
    }

    @Test
    void shouldKeepTheCallsLanguageWhenTheCallerNeverChooses() {
        var call = Conversation.call(flow).staySilent().press("7").run();

        assertThat(call.events("no-input")).hasSize(1);
        assertThat(call.events("no-match")).hasSize(1);
        assertThat(call.prompts()).last().isEqualTo("Hello.");
    }

    @Test
    void shouldSetAFixedLanguage() {
        ExecutableFlow fixed = TestFlows.flow("city").languages("en-US", "es-ES")
                .node(new LanguageNode("spanish", "es-ES", Map.of(), null, timing(1), "hello", null))
                .node(new HangupNode("hello", say("Hello.", "Hola."), null))
                .build();

        assertThat(Conversation.call(fixed).run().prompts()).containsExactly("Hola.");
    }
}
