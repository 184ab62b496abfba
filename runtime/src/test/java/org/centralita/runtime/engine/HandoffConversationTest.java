package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.expr;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.template;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.CallbackNode;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.QueueNode;
import org.centralita.flows.executable.RecordNode;
import org.centralita.flows.executable.TransferNode;
import org.centralita.flows.executable.VoicemailNode;
import org.centralita.flows.expr.Expression;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.junit.jupiter.api.Test;

class HandoffConversationTest {

    private final ExecutableFlow queueFlow = queueFlow();

    private static ExecutableFlow queueFlow() {
        Map<String, Expression> context = new LinkedHashMap<>();
        context.put("account", expr("account"));
        context.put("pin", expr("pin"));
        return TestFlows.flow("queue").variable("account", "digits").secret("pin", "digits")
                .node(new QueueNode("agents", "retail", 3, Duration.ofMinutes(2), true, context, "busy", null))
                .node(new HangupNode("busy", say("All our advisers are busy."), null))
                .build();
    }

    @Test
    void shouldHandTheCallToTheQueueWithItsContextAndMaskSecretsInTheHandoffAndTheTrace() {
        var call = Conversation.call(queueFlow).preset("account", "12345678").preset("pin", "4321").run();

        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
        // the hand-off's context becomes channel variables (CDR, CEL, logs): the PIN never goes there in clear
        assertThat(call.end().handoff()).isEqualTo(new Handoff.Queue("retail", 3, Duration.ofMinutes(2), true,
                Map.of("account", "12345678", "pin", "***")));
        assertThat(call.events("queue").get(0).fields())
                .containsEntry("queue", "retail").containsEntry("priority", 3)
                .containsEntry("context", Map.of("account", "12345678", "pin", "***"));
        assertThat(call.last().fields()).containsEntry("outcome", "queue");
    }

    @Test
    void shouldGoOnAtOverflowWhenTheQueueOverflows() {
        var call = Conversation.call(queueFlow).queueAnswers(HandoffResult.OVERFLOW).run();

        assertThat(call.path()).containsExactly("agents", "busy");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.HANGUP);
    }

    private final ExecutableFlow transferFlow = TestFlows.flow("transfer").variable("desk", "text")
            .node(new TransferNode("fraud", template("PJSIP/${desk}"), null, "busy", "no-answer", null, null))
            .node(new HangupNode("busy", say("Busy."), null))
            .node(new HangupNode("no-answer", say("No answer."), null))
            .build();

    @Test
    void shouldTransferToTheFilledInTarget() {
        var call = Conversation.call(transferFlow).preset("desk", "fraud-desk").run();

        assertThat(call.end().outcome()).isEqualTo(CallOutcome.TRANSFER);
        // the node has busy and no-answer outcomes: the flow goes on unless the callee answers
        assertThat(call.end().handoff()).isEqualTo(new Handoff.Transfer("PJSIP/fraud-desk", Duration.ofSeconds(30), true));
        assertThat(call.events("transfer").get(0).fields()).containsEntry("to", "PJSIP/fraud-desk");
    }

    @Test
    void shouldSayATransferWithoutBusyNoAnswerOrFailedOutcomesEndsTheFlow() {
        ExecutableFlow blind = TestFlows.flow("transfer")
                .node(new TransferNode("desk", template("+18005550142"), Duration.ofSeconds(20), null, null, null, "oops"))
                .node(new HangupNode("oops", say("Sorry."), null)).build();
        ExecutableFlow failing = TestFlows.flow("transfer")
                .node(new TransferNode("desk", template("+18005550142"), null, null, null, "oops", null))
                .node(new HangupNode("oops", say("Sorry."), null)).build();

        assertThat(Conversation.call(blind).run().caller().handoffs())
                .containsExactly(new Handoff.Transfer("+18005550142", Duration.ofSeconds(20), false));
        assertThat(Conversation.call(failing).run().caller().handoffs())
                .containsExactly(new Handoff.Transfer("+18005550142", Duration.ofSeconds(30), true));
    }

    @Test
    void shouldTakeBusyAndNoAnswerOutcomes() {
        assertThat(Conversation.call(transferFlow).preset("desk", "x").transferAnswers(HandoffResult.BUSY).run().prompts())
                .containsExactly("Busy.");
        assertThat(Conversation.call(transferFlow).preset("desk", "x").transferAnswers(HandoffResult.NO_ANSWER).run().prompts())
                .containsExactly("No answer.");
    }

    @Test
    void shouldApologizeWhenATransferFailsWithoutAFailedOutcomeOrErrorPath() {
        var call = Conversation.call(transferFlow).preset("desk", "x").transferAnswers(HandoffResult.FAILED).run();

        assertThat(call.events("error").get(0).fields().get("message").toString()).contains("'failed' outcome");
        assertThat(call.prompts()).containsExactly("Sorry, we cannot take your call right now. Goodbye.");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.ERROR);
        assertThat(call.caller().flowHungUp()).isTrue();
    }

    @Test
    void shouldEndInVoicemailUnlessTheNodeGoesOn() {
        ExecutableFlow ending = TestFlows.flow("vm").node(new VoicemailNode("box", template("1234@default"), null, null)).build();
        ExecutableFlow goingOn = TestFlows.flow("vm")
                .node(new VoicemailNode("box", template("1234@default"), "bye", null))
                .node(new HangupNode("bye", say("Bye."), null)).build();

        var ended = Conversation.call(ending).run();
        assertThat(ended.end().outcome()).isEqualTo(CallOutcome.VOICEMAIL);
        assertThat(ended.end().handoff()).isEqualTo(new Handoff.Voicemail("1234@default", false));
        var goesOn = Conversation.call(goingOn).run();
        assertThat(goesOn.path()).containsExactly("box", "bye");
        assertThat(goesOn.caller().handoffs()).containsExactly(new Handoff.Voicemail("1234@default", true));
    }

    private final ExecutableFlow callbackFlow = TestFlows.flow("cb")
            .node(new CallbackNode("offer", null, "callbacks", say("We will call you back on ${call.ani}. Press 1 to accept."),
                    "bye", null))
            .node(new HangupNode("bye", say("Goodbye."), null))
            .build();

    @Test
    void shouldArrangeACallbackTheCallerAcceptsAndEndAsCallback() {
        var call = Conversation.call(callbackFlow).from("+34600111222").press("1").run();

        assertThat(call.caller().handoffs()).containsExactly(new Handoff.Callback("+34600111222", "callbacks"));
        assertThat(call.events("callback").get(0).fields()).containsEntry("result", "delivered");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.CALLBACK);
    }

    @Test
    void shouldNotArrangeACallbackTheCallerDeclines() {
        var call = Conversation.call(callbackFlow).press("2").run();

        assertThat(call.caller().handoffs()).isEmpty();
        assertThat(call.events("callback").get(0).fields()).containsEntry("result", "declined");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.HANGUP);
    }

    @Test
    void shouldRecordAMessageAndKeepWhereItIs() {
        ExecutableFlow flow = TestFlows.flow("rec").variable("message", "text")
                .node(new RecordNode("record", say("Leave a message after the tone."), Duration.ofSeconds(60), true,
                        Duration.ofSeconds(3), "#", "message", "bye", null))
                .node(new HangupNode("bye", say("Thank you."), null))
                .build();

        var call = Conversation.call(flow).press("#").run();

        assertThat(call.prompts()).containsExactly("Leave a message after the tone.", "Thank you.");
        assertThat(call.events("assign").get(0).fields()).containsEntry("variable", "message")
                .containsEntry("value", "recordings/call-1-1");
    }
}
