package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.timing;

import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.MenuNode;
import org.centralita.flows.executable.PlayNode;
import org.centralita.flows.executable.QueueNode;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class MenuConversationTest {

    private final ExecutableFlow flow = TestFlows.flow("bank")
            .node(new MenuNode("main", say("For billing press 1. For cards press 2."),
                    List.of(new MenuNode.Option("1", List.of("billing", "pay my bill"), "billing"),
                            new MenuNode.Option("2", List.of("cards"), "cards")),
                    timing(3), null, say("That is not an option."), 0.5, "goodbye", null))
            .node(new QueueNode("billing", "billing", 5, null, false, Map.of(), null, null))
            .node(new PlayNode("cards", say("Cards are on the web."), true, "goodbye", null))
            .node(new HangupNode("goodbye", say("Goodbye."), null))
            .build();

    @Test
    void shouldTakeTheOptionOfTheKeyPressed() {
        // when the caller presses 1
        var call = Conversation.call(flow).press("1").run();

        // then the call goes to the billing queue
        assertThat(call.path()).containsExactly("main", "billing");
        assertThat(call.caller().handoffs()).containsExactly(
                new Handoff.Queue("billing", 5, null, false, Map.of()));
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
        assertThat(call.events("input").get(0).fields()).containsEntry("mode", "dtmf").containsEntry("value", "1");
    }

    @Test
    void shouldTakeTheOptionOfAPhraseSaidInAnyCaseAndPunctuation() {
        // when the caller says "Pay my bill!"
        var call = Conversation.call(flow).say("Pay my bill!").run();

        // then the phrase chooses option 1
        assertThat(call.path()).containsExactly("main", "billing");
        TraceEvent input = call.events("input").get(0);
        assertThat(input.fields()).containsEntry("mode", "speech").containsEntry("confidence", 1.0);
    }

    @Test
    void shouldRepromptAfterEachSilenceAndTakeMaxRetriesAfterThreeNoInputs() {
        // when the caller stays silent three times
        var call = Conversation.call(flow).staySilent().staySilent().staySilent().run();

        // then each silence is traced with its attempt, the menu is heard again after a built-in re-prompt
        assertThat(call.events("no-input")).extracting(e -> e.get("attempt")).containsExactly(1, 2, 3);
        assertThat(call.prompts()).containsExactly(
                "For billing press 1. For cards press 2.", "Sorry, I did not hear you.",
                "For billing press 1. For cards press 2.", "Sorry, I did not hear you.",
                "For billing press 1. For cards press 2.", "Goodbye.");
        // and the third takes max-retries
        assertThat(call.path()).containsExactly("main", "goodbye");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.HANGUP);
    }

    @Test
    void shouldPlayTheNoMatchPromptAfterAWrongKeyThenAcceptTheNextChoice() {
        // when the caller presses 9, then 2
        var call = Conversation.call(flow).press("9").press("2").run();

        // then the node's own no-match prompt is heard and option 2 taken
        assertThat(call.events("no-match")).extracting(e -> e.get("attempt")).containsExactly(1);
        assertThat(call.prompts()).startsWith("For billing press 1. For cards press 2.", "That is not an option.");
        assertThat(call.path()).containsExactly("main", "cards", "goodbye");
    }

    @Test
    void shouldCountWordsOutsideTheMenuAsNoMatch() {
        // when the caller says something no option has
        var call = Conversation.call(flow).say("mortgages").press("1").run();

        // then it is a no-match, traced with what was said
        assertThat(call.events("no-match")).hasSize(1);
        assertThat(call.events("input").get(0).fields()).containsEntry("value", "mortgages");
        assertThat(call.path()).containsExactly("main", "billing");
    }

    @Test
    void shouldEndAsCallerHangupWhenTheCallerHasNothingMoreToDo() {
        // when the caller hangs up at the menu
        var call = Conversation.call(flow).run();

        // then the trace ends with the caller's hang-up at the menu
        assertThat(call.eventNames()).containsExactly("start", "enter", "prompt", "hangup", "end");
        assertThat(call.events("hangup").get(0).node()).isEqualTo("main");
        assertThat(call.events("hangup").get(0).fields()).containsEntry("by", "caller");
        assertThat(call.last().fields()).containsEntry("outcome", "caller-hangup");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.CALLER_HANGUP);
    }
}
