package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.expr;
import static org.centralita.runtime.engine.TestFlows.say;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.executable.DecisionNode;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.PlayNode;
import org.centralita.flows.executable.SetNode;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.junit.jupiter.api.Test;

class ErrorHandlingConversationTest {

    private static SetNode failing(String id, String error) {
        return new SetNode(id, Map.of("n", expr("missing + 1")), "done", error);
    }

    @Test
    void shouldTakeTheNodesOwnErrorOutcome() {
        ExecutableFlow flow = TestFlows.flow("f").variable("n", "number").onError("flow-sorry")
                .node(failing("compute", "node-sorry"))
                .node(new HangupNode("node-sorry", say("Node sorry."), null))
                .node(new HangupNode("flow-sorry", say("Flow sorry."), null))
                .node(new HangupNode("done", null, null))
                .build();

        var call = Conversation.call(flow).run();

        assertThat(call.events("error").get(0).node()).isEqualTo("compute");
        assertThat(call.prompts()).containsExactly("Node sorry.");
    }

    @Test
    void shouldTakeTheFlowsOnErrorWhenTheNodeHasNone() {
        ExecutableFlow flow = TestFlows.flow("f").variable("n", "number").onError("flow-sorry")
                .node(failing("compute", null))
                .node(new HangupNode("flow-sorry", say("Flow sorry."), null))
                .node(new HangupNode("done", null, null))
                .build();

        assertThat(Conversation.call(flow).run().prompts()).containsExactly("Flow sorry.");
    }

    @Test
    void shouldApologizeAndHangUpWhenTheFlowHasNoErrorPath() {
        ExecutableFlow flow = TestFlows.flow("f").variable("n", "number")
                .node(failing("compute", null))
                .node(new HangupNode("done", null, null))
                .build();

        var call = Conversation.call(flow).run();

        assertThat(call.eventNames()).containsExactly("start", "enter", "error", "prompt", "hangup", "end");
        assertThat(call.prompts()).containsExactly("Sorry, we cannot take your call right now. Goodbye.");
        assertThat(call.last().fields()).containsEntry("outcome", "error");
        assertThat(call.end().message()).contains("missing");
    }

    @Test
    void shouldApologizeInTheCallsLanguage() {
        ExecutableFlow flow = TestFlows.flow("f").languages("es-ES", "en-US").variable("n", "number")
                .node(failing("compute", null)).node(new HangupNode("done", null, null)).build();

        assertThat(Conversation.call(flow).run().prompts()).first().asString().startsWith("Lo sentimos");
    }

    @Test
    void shouldStopAnErrorHandlerThatFailsItself() {
        // the on-error node fails too, and its error path is itself
        ExecutableFlow flow = TestFlows.flow("f").variable("n", "number").onError("handler")
                .node(failing("compute", null))
                .node(failing("handler", null))
                .node(new HangupNode("done", null, null))
                .build();

        var call = Conversation.call(flow).run();

        assertThat(call.events("error")).extracting(e -> e.node()).containsExactly("compute", "handler");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.ERROR);
    }

    @Test
    void shouldStopErrorPathsThatKeepFailingEachOther() {
        ExecutableFlow flow = TestFlows.flow("f").variable("n", "number")
                .node(failing("a", "b"))
                .node(failing("b", "a"))
                .node(new HangupNode("done", null, null))
                .build();

        var call = Conversation.call(flow).run();

        assertThat(call.events("error")).hasSize(FlowInterpreter.MAX_ERRORS_HANDLED + 1);
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.ERROR);
    }

    @Test
    void shouldStopAFlowThatNeverWaitsNorEnds() {
        ExecutableFlow flow = TestFlows.flow("loop")
                .node(new DecisionNode("spin", List.of(new DecisionNode.Branch(expr("true"), "spin")), "spin", null))
                .build();

        var call = Conversation.call(flow).run();

        assertThat(call.path()).hasSize(FlowInterpreter.MAX_NODES_PER_CALL);
        assertThat(call.events("error").get(0).fields().get("message").toString()).contains("without ending");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.ERROR);
    }

    @Test
    void shouldFailANodeTheSimulationFaults() {
        ExecutableFlow flow = TestFlows.flow("f").onError("sorry")
                .node(new PlayNode("hello", say("Hello."), true, "bye", null))
                .node(new HangupNode("bye", null, null))
                .node(new HangupNode("sorry", say("Sorry."), null))
                .build();
        InMemoryTraceSink trace = new InMemoryTraceSink();

        CallEnd end = CallEngine.standalone().run(flow,
                new ScriptedCaller(new CallInfo("c", "", "", null, "sim", Map.of()), List.of(), HandoffPlan.delivered()),
                CallSetup.defaults().withTrace(trace).withFaults(Set.of("hello")));

        assertThat(trace.events()).filteredOn(e -> e.event().equals("prompt")).extracting(e -> e.get("text"))
                .containsExactly("Sorry.");
        assertThat(end.outcome()).isEqualTo(CallOutcome.HANGUP);
    }
}
