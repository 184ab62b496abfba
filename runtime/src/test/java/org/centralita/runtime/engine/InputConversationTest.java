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
import org.centralita.flows.executable.PlayNode;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.runtime.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class InputConversationTest {

    private static InputNode input(String id, String mode, int min, int max, InputNode.Validation valid,
                                   PromptSpec confirm, String store, String next) {
        return new InputNode(id, say("Please enter your number."), mode, min, max, "#", timing(3), null, List.of(),
                valid, confirm, store, false, null, say("That is not valid."), 0.5, next, "goodbye", null);
    }

    private static ExecutableFlow flowWith(InputNode input) {
        return TestFlows.flow("ask").variable("account", "digits").secret("pin", "digits").variable("answer", "text")
                .node(input)
                .node(new PlayNode("thanks", say("Thanks, ${account}."), true, "goodbye", null))
                .node(new HangupNode("goodbye", null, null))
                .build();
    }

    @Test
    void shouldStoreTheDigitsWithoutTheTerminator() {
        // given an account input of 8 digits ended by '#'
        ExecutableFlow flow = flowWith(input("ask-account", "digits", 8, 10, null, null, "account", "thanks"));

        // when the caller keys 12345678#
        var call = Conversation.call(flow).press("12345678#").run();

        // then the value is the digits alone, stored and used in the next prompt
        assertThat(call.events("input").get(0).fields()).containsEntry("value", "12345678");
        assertThat(call.events("assign").get(0).fields()).containsEntry("variable", "account").containsEntry("value", "12345678");
        assertThat(call.prompts()).contains("Thanks, 12345678.");
    }

    @Test
    void shouldTreatTooFewDigitsAsNoMatchAndTakeMaxRetriesAfterTheLastAttempt() {
        // given an input of at least 8 digits
        ExecutableFlow flow = flowWith(input("ask-account", "digits", 8, 10, null, null, "account", "thanks"));

        // when the caller keys too few digits three times
        var call = Conversation.call(flow).press("123#").press("1#").press("12#").run();

        // then three no-matches, the node's no-match prompt twice, and max-retries
        assertThat(call.events("no-match")).extracting(e -> e.get("attempt")).containsExactly(1, 2, 3);
        assertThat(call.prompts()).filteredOn("That is not valid."::equals).hasSize(2);
        assertThat(call.path()).containsExactly("ask-account", "goodbye");
    }

    @Test
    void shouldRejectANumberFailingTheLuhnCheckThenAcceptAValidOne() {
        // given a card number checked with Luhn
        ExecutableFlow flow = flowWith(input("ask-card", "digits", 12, 19, new InputNode.Validation.Luhn(), null,
                "account", "thanks"));

        // when the caller mistypes the card, then types it right
        var call = Conversation.call(flow).press("4111111111111112#").press("4111111111111111#").run();

        // then the first is a no-match and the second is stored
        assertThat(call.events("no-match")).hasSize(1);
        assertThat(call.events("assign").get(0).fields()).containsEntry("value", "4111111111111111");
    }

    @Test
    void shouldCheckTheValueWithTheNodesExpression() {
        // given an input valid only when it starts with 9
        ExecutableFlow flow = flowWith(input("ask-account", "digits", 1, 10,
                new InputNode.Validation.Check(expr("value.startsWith('9')")), null, "account", "thanks"));

        // when the caller keys 123 then 987
        var call = Conversation.call(flow).press("123#").press("987#").run();

        // then 123 is a no-match and 987 is taken
        assertThat(call.events("no-match")).extracting(e -> e.get("attempt")).containsExactly(1);
        assertThat(call.events("assign").get(0).fields()).containsEntry("value", "987");
    }

    @Test
    void shouldReadTheValueBackAndLetTheCallerReEnterIt() {
        // given an input that asks the caller to confirm
        ExecutableFlow flow = flowWith(input("ask-account", "digits", 4, 10, null,
                say("You entered ${value}. Press 1 if that is right, 2 to try again."), "account", "thanks"));

        // when the caller keys 1111, refuses it, keys 2222 and accepts it
        var call = Conversation.call(flow).press("1111#").press("2").press("2222#").press("1").run();

        // then the read-backs are heard and the second value stored
        assertThat(call.prompts()).contains("You entered 1111. Press 1 if that is right, 2 to try again.",
                "You entered 2222. Press 1 if that is right, 2 to try again.");
        assertThat(call.events("assign")).extracting(e -> e.get("value")).containsExactly("2222");
        assertThat(call.events("no-match")).isEmpty();
    }

    @Test
    void shouldMaskKeysTypedForASensitiveVariableEverywhere() {
        // given a PIN input storing into a sensitive variable, read back in the confirmation
        ExecutableFlow flow = TestFlows.flow("pin").secret("pin", "digits")
                .node(input("ask-pin", "digits", 4, 4, null, say("Your PIN is ${pin}? Press 1."), "pin", "said"))
                .node(new PlayNode("said", say("We have your PIN ${pin}."), true, "goodbye", null))
                .node(new HangupNode("goodbye", null, null))
                .build();

        // when the caller keys a PIN and confirms it
        var call = Conversation.call(flow).press("4321").press("1").run();

        // then the PIN never appears in clear in the trace
        assertThat(call.events()).extracting(TraceEvent::toString).noneMatch(text -> text.contains("4321"));
        assertThat(call.events("input").get(0).fields()).containsEntry("value", "***");
        assertThat(call.events("assign").get(0).fields()).containsEntry("value", "***");
        assertThat(call.prompts()).contains("We have your PIN ***.");
    }

    @Test
    void shouldMarkTheAnswerToAReadBackAsAConfirmation() {
        // given a PIN input read back for confirmation
        ExecutableFlow flow = TestFlows.flow("pin").secret("pin", "digits")
                .node(input("ask-pin", "digits", 4, 4, null, say("Your PIN is ${pin}? Press 1."), "pin", "goodbye"))
                .node(new HangupNode("goodbye", null, null))
                .build();

        // when the caller keys a PIN and confirms it
        var call = Conversation.call(flow).press("4321").press("1").run();

        // then the PIN is masked and the answer "1" is marked as the confirmation, not the entry
        assertThat(call.events("input")).extracting(TraceEvent::fields).containsExactly(
                Map.of("mode", "dtmf", "value", "***"),
                Map.of("mode", "dtmf", "value", "1", "confirm", true));
    }

    @Test
    void shouldUnderstandSpokenDigitsWithTheDigitsGrammar() {
        // given an input by keys or voice
        ExecutableFlow flow = flowWith(input("ask-account", "both", 4, 10, null, null, "account", "thanks"));

        // when the caller says the digits
        var call = Conversation.call(flow).say("one two three four").run();

        // then the digits are stored
        assertThat(call.events("input").get(0).fields()).containsEntry("mode", "speech").containsEntry("value", "1234");
        assertThat(call.events("assign").get(0).fields()).containsEntry("value", "1234");
    }

    @Test
    void shouldTakeYesOrNoWithTheYesNoGrammar() {
        // given a yes/no question by voice
        InputNode question = new InputNode("ask-ok", say("Is that all?"), "speech", 1, 20, "#", timing(3), "yes-no",
                List.of(), null, null, "answer", false, null, null, 0.5, "thanks", "goodbye", null);
        ExecutableFlow flow = flowWith(question);

        // when the caller says "Yeah!"
        var call = Conversation.call(flow).say("Yeah!").run();

        // then the answer is yes
        assertThat(call.events("assign").get(0).fields()).containsEntry("variable", "answer").containsEntry("value", "yes");
    }
}
