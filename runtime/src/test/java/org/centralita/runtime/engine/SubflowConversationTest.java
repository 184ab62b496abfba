package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.expr;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.timing;

import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.InputNode;
import org.centralita.flows.executable.ReturnNode;
import org.centralita.flows.executable.SetNode;
import org.centralita.flows.executable.SubflowNode;
import org.junit.jupiter.api.Test;

class SubflowConversationTest {

    /** Asks for a zip code; returns found or gave-up. */
    private final ExecutableFlow askZip = TestFlows.flow("ask-zip").variable("prefix", "text").variable("zip", "digits")
            .node(new InputNode("ask", say("${prefix} Please key your zip code."), "digits", 5, 5, "#", timing(2), null,
                    List.of(), null, null, "zip", false, null, null, 0.5, "found", "gave-up", null))
            .node(new ReturnNode("found", "found", null))
            .node(new ReturnNode("gave-up", "gave-up", null))
            .build();

    private ExecutableFlow caller(ExecutableFlow subflow) {
        return TestFlows.flow("city").variable("zip", "digits").subflow(subflow)
                .node(new SubflowNode("get-zip", subflow.id(), Map.of("prefix", expr("'Hello.'")),
                        Map.of("zip", "zip"), Map.of("found", "book"), "operator", null))
                .node(new HangupNode("book", say("Booked near ${zip}."), null))
                .node(new HangupNode("operator", say("Let me find someone."), null))
                .build();
    }

    @Test
    void shouldRunTheSubflowWithItsInputsAndContinueByTheOutcomeItReturns() {
        var call = Conversation.call(caller(askZip)).press("28001").run();

        assertThat(call.path()).containsExactly("get-zip", "ask", "found", "book");
        assertThat(call.events("enter").get(1).fields()).containsEntry("flow", "ask-zip");
        assertThat(call.prompts()).containsExactly("Hello. Please key your zip code.", "Booked near 28001.");
    }

    @Test
    void shouldTakeNextForAnOutcomeTheNodeDoesNotMap() {
        var call = Conversation.call(caller(askZip)).staySilent().staySilent().run();

        assertThat(call.path()).containsExactly("get-zip", "ask", "gave-up", "operator");
    }

    @Test
    void shouldFailTheCallingNodeWhenTheSubflowFailsWithoutAnErrorPath() {
        ExecutableFlow broken = TestFlows.flow("broken").variable("n", "number")
                .node(new SetNode("divide", Map.of("n", expr("nothing.size()")), "done", null))
                .node(new ReturnNode("done", "found", null))
                .build();
        ExecutableFlow main = TestFlows.flow("main").subflow(broken).onError("sorry")
                .node(new SubflowNode("run", "broken", Map.of(), Map.of(), Map.of("found", "sorry"), null, null))
                .node(new HangupNode("sorry", say("Something went wrong."), null))
                .build();

        var call = Conversation.call(main).run();

        assertThat(call.events("error")).extracting(e -> e.node()).containsExactly("divide", "run");
        assertThat(call.prompts()).containsExactly("Something went wrong.");
    }
}
