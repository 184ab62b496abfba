package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.expr;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.timing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.InputNode;
import org.centralita.flows.executable.PlayNode;
import org.centralita.flows.executable.ReturnNode;
import org.centralita.flows.executable.SetNode;
import org.centralita.flows.executable.SubflowNode;
import org.centralita.flows.executable.TransferNode;
import org.junit.jupiter.api.Test;

/** A secret's copies stay secret: through subflows, until replaced, and in failure messages. */
class SecretCopiesConversationTest {

    private static final String PIN = "4321";

    private static Map<String, org.centralita.flows.expr.Expression> assign(String... pairs) {
        Map<String, org.centralita.flows.expr.Expression> assign = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            assign.put(pairs[i], expr(pairs[i + 1]));
        }
        return assign;
    }

    @Test
    void shouldKeepACopyPassedIntoASubflowAndBackOutSecretOnBothSides() {
        // given a subflow whose variables are ordinary, given the PIN as an input and handing a copy back
        ExecutableFlow echo = TestFlows.flow("echo").variable("code", "digits").variable("kept", "digits")
                .node(new PlayNode("say", say("Your code is ${code}."), false, "keep", null))
                .node(new SetNode("keep", assign("kept", "code"), "done", null))
                .node(new ReturnNode("done", "done", null))
                .build();
        ExecutableFlow main = TestFlows.flow("main").secret("pin", "digits").variable("back", "digits").subflow(echo)
                .node(new SubflowNode("run", "echo", Map.of("code", expr("pin")), Map.of("back", "kept"), Map.of(),
                        "bye", null))
                .node(new HangupNode("bye", say("Back with ${back}."), null))
                .build();

        // when the call runs with the PIN known
        var call = Conversation.call(main).preset("pin", PIN).run();

        // then the subflow's copy and the one handed back are masked in every event
        assertThat(call.prompts()).containsExactly("Your code is ***.", "Back with ***.");
        assertThat(call.events("assign")).extracting(e -> e.get("variable") + "=" + e.get("value"))
                .containsExactly("pin=***", "code=***", "kept=***", "back=***");
        assertThat(call.events().toString()).doesNotContain(PIN);
    }

    @Test
    void shouldMakeACopyOrdinaryAgainOnceAValueThatReadsNoSecretReplacesIt() {
        // given a variable that first copies the PIN, then is given a constant
        ExecutableFlow flow = TestFlows.flow("reuse").secret("pin", "digits").variable("code", "text")
                .node(new SetNode("copy", assign("code", "pin"), "reset", null))
                .node(new SetNode("reset", assign("code", "'none'"), "bye", null))
                .node(new HangupNode("bye", say("Code ${code}."), null))
                .build();

        // when the call runs
        var call = Conversation.call(flow).preset("pin", PIN).run();

        // then the copy was masked, and the later value is shown
        assertThat(call.events("assign")).extracting(e -> e.node() + ":" + e.get("variable") + "=" + e.get("value"))
                .containsExactly("null:pin=***", "copy:code=***", "reset:code=none");
        assertThat(call.prompts()).containsExactly("Code none.");
    }

    @Test
    void shouldLeaveAVariableDeclaredNotSensitiveReadableThoughComputedFromTheSecret() {
        // given a variable written sensitive: false, computed from the PIN
        ExecutableFlow flow = TestFlows.flow("vouched").secret("pin", "digits").neverSecret("first", "text")
                .node(new SetNode("first-digit", assign("first", "pin.substring(0, 1)"), "bye", null))
                .node(new HangupNode("bye", say("It starts with ${first}."), null))
                .build();

        // when the call runs
        var call = Conversation.call(flow).preset("pin", PIN).run();

        // then the flow vouched for it: it is shown
        assertThat(call.prompts()).containsExactly("It starts with 4.");
    }

    @Test
    void shouldNotQuoteASecretInTheMessageOfAFailure() {
        // given a secret text copied into a number variable, which it does not fit
        ExecutableFlow flow = TestFlows.flow("misfit").secret("pin", "text").variable("amount", "number")
                .onError("sorry")
                .node(new SetNode("convert", assign("amount", "pin"), "bye", null))
                .node(new HangupNode("bye", say("Done."), null))
                .node(new HangupNode("sorry", say("Sorry."), null))
                .build();

        // when the call runs with a PIN that is not a number
        var call = Conversation.call(flow).preset("pin", "43x1").run();

        // then the node failed, and neither the error event nor any other names the value
        assertThat(call.events("error")).singleElement().satisfies(e -> assertThat((String) e.get("message"))
                .isEqualTo("variable 'amount' is a number, and the sensitive value given is not one (not shown)"));
        assertThat(call.events().toString()).doesNotContain("43x1");
    }

    @Test
    void shouldDialATransferTargetMadeFromASecretButTraceItMasked() {
        // given a transfer to an extension copied from a secret
        ExecutableFlow flow = TestFlows.flow("direct").secret("pin", "digits").variable("extension", "digits")
                .node(new SetNode("pick", assign("extension", "pin"), "dial", null))
                .node(new TransferNode("dial", TestFlows.template("PJSIP/${extension}"), null, null, null, null, null))
                .build();

        // when the call runs
        var call = Conversation.call(flow).preset("pin", PIN).run();

        // then the channel dials the real target, and the trace shows it masked
        assertThat(call.caller().handoffs()).singleElement().asString().contains("PJSIP/" + PIN);
        assertThat(call.events("transfer")).singleElement().satisfies(e -> assertThat(e.get("to")).isEqualTo("***"));
        assertThat(call.events().toString()).doesNotContain(PIN);
    }

    @Test
    void shouldNotQuoteTheKeysOfASensitiveInputWhoseCheckFails() {
        // given a PIN input whose check is not a yes/no (it gives the value itself)
        ExecutableFlow flow = TestFlows.flow("pin-check").secret("pin", "digits").onError("sorry")
                .node(new InputNode("ask", say("Your PIN?"), "digits", 4, 4, "#", timing(2), null, List.of(),
                        new InputNode.Validation.Check(expr("value")), null, "pin", true, null, null, 0.5,
                        "bye", "bye", null))
                .node(new HangupNode("bye", say("Done."), null))
                .node(new HangupNode("sorry", say("Sorry."), null))
                .build();

        // when the caller keys the PIN
        var call = Conversation.call(flow).press(PIN).run();

        // then the check failed, and its message does not quote the keys
        assertThat(call.events("error")).singleElement().satisfies(e -> assertThat((String) e.get("message"))
                .isEqualTo("'valid' failed on the sensitive value keyed or said (details withheld)"));
        assertThat(call.events().toString()).doesNotContain(PIN);
    }
}
