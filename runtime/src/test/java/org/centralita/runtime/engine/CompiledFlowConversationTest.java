package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.channel.Handoff;
import org.centralita.runtime.channel.HandoffResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls to flows written in YAML and compiled by the real compiler, one story per node type and outcome. */
class CompiledFlowConversationTest {

    @TempDir
    Path flows;

    private static final String BANK = """
            centralita: 1
            id: bank
            languages: [en-US, es-ES]
            start: choose-language
            on-error: sorry
            variables:
              account: {type: digits}
              pin: {type: digits, sensitive: true}
              vip: {type: boolean, default: false}
            prompts:
              welcome:
                en-US: Welcome to Acme Bank.
                es-ES: Bienvenido a Banco Acme.
            nodes:
              choose-language:
                type: language
                prompt: For English press 1. Para español pulse 2.
                options: {"1": en-US, "2": es-ES}
                next: greet
              greet: {type: play, prompt: welcome, next: check-hours}
              check-hours:
                type: hours
                calendar: office
                open: main-menu
                closed: closed
              main-menu:
                type: menu
                prompt: For your balance press 1 or say balance. For an adviser press 0.
                options:
                  "1": {say: [balance], next: ask-account}
                  "0": {say: [adviser], next: advisers}
                max-retries: goodbye
              ask-account:
                type: input
                prompt: Please enter your account number, then hash.
                min-digits: 8
                max-digits: 8
                confirm: "You entered ${account}. Press 1 if right, 2 to try again."
                store: account
                next: ask-pin
                max-retries: goodbye
              ask-pin:
                type: input
                prompt: Please enter your PIN.
                min-digits: 4
                max-digits: 4
                store: pin
                next: check-vip
                max-retries: goodbye
              check-vip:
                type: decision
                branches:
                  - {when: 'account.startsWith("9")', next: make-vip}
                else: advisers
              make-vip:
                type: set
                assign: {vip: "true"}
                next: advisers
              advisers:
                type: queue
                queue: retail
                priority: 2
                context: {account: account, vip: vip}
                overflow: offer-callback
              offer-callback:
                type: callback
                queue: callbacks
                next: leave-message
              leave-message:
                type: voicemail
                mailbox: 1234@default
              closed:
                type: record
                prompt: We are closed. Leave a message after the tone.
                next: goodbye
              goodbye: {type: hangup, prompt: Goodbye.}
              sorry: {type: hangup, prompt: Sorry.}
            """;

    private static final String OFFICE = """
            timezone: Europe/Madrid
            weekly:
              mon-fri: ["08:00-20:00"]
            holidays:
              - 2026-12-25
            """;

    private ExecutableFlow bank() {
        return new CompiledFlows(flows).file("bank.flow.yaml", BANK)
                .file("calendars/office.yaml", OFFICE).compile("bank");
    }

    private static final String MONDAY = "2026-11-23T10:00:00Z";

    @Test
    void shouldQueueAnIdentifiedCallerWithTheirContext() {
        // a caller picks English, asks for the balance, keys and confirms the account and the PIN
        var call = Conversation.call(bank()).at(MONDAY)
                .press("1").press("1").press("98765432#").press("1").press("1234").run();

        assertThat(call.path()).containsExactly("choose-language", "greet", "check-hours", "main-menu", "ask-account",
                "ask-pin", "check-vip", "make-vip", "advisers");
        assertThat(call.prompts()).contains("Welcome to Acme Bank.",
                "You entered 98765432. Press 1 if right, 2 to try again.");
        assertThat(call.end().handoff()).isEqualTo(new Handoff.Queue("retail", 2, null, false,
                Map.of("account", "98765432", "vip", "true")));
        assertThat(call.events("input")).extracting(e -> e.get("value")).contains("***");
        assertThat(call.last().fields()).containsEntry("outcome", "queue");
    }

    @Test
    void shouldSpeakSpanishToACallerWhoChoosesIt() {
        var call = Conversation.call(bank()).at(MONDAY).press("2").say("adviser").run();

        assertThat(call.prompts()).contains("Bienvenido a Banco Acme.");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.QUEUE);
    }

    @Test
    void shouldOfferACallbackWhenTheQueueOverflows() {
        var call = Conversation.call(bank()).at(MONDAY).from("+34600111222").queueAnswers(HandoffResult.OVERFLOW)
                .press("1").say("adviser").run();

        assertThat(call.path()).endsWith("advisers", "offer-callback", "leave-message");
        assertThat(call.caller().handoffs()).contains(new Handoff.Callback("+34600111222", "callbacks"),
                new Handoff.Voicemail("1234@default"));
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.VOICEMAIL);
    }

    @Test
    void shouldRecordAMessageWhenClosed() {
        // a Saturday
        var call = Conversation.call(bank()).at("2026-11-28T10:00:00Z").press("1").press("#").run();

        assertThat(call.path()).containsExactly("choose-language", "greet", "check-hours", "closed", "goodbye");
        assertThat(call.events("record")).hasSize(1);
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.HANGUP);
    }

    @Test
    void shouldSayGoodbyeAfterThreeWrongChoices() {
        var call = Conversation.call(bank()).at(MONDAY).press("1").press("7").staySilent().say("mortgage").run();

        assertThat(call.events("no-match")).extracting(e -> e.get("attempt")).containsExactly(1, 3);
        assertThat(call.events("no-input")).extracting(e -> e.get("attempt")).containsExactly(2);
        assertThat(call.path()).endsWith("main-menu", "goodbye");
    }

    @Test
    void shouldEndAsCallerHangupWhenTheCallerGoesAwayMidInput() {
        var call = Conversation.call(bank()).at(MONDAY).press("1").press("1").run();

        assertThat(call.events("hangup").get(0).node()).isEqualTo("ask-account");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.CALLER_HANGUP);
    }

    private static final String CITY = """
            centralita: 1
            id: city
            start: get-zip
            variables:
              zip: {type: digits}
            nodes:
              get-zip:
                type: subflow
                flow: ask-zip
                inputs: {greeting: '"Hello."'}
                outputs: {zip: code}
                outcomes: {found: transfer}
                next: bye
              transfer:
                type: transfer
                to: "PJSIP/office-${zip}"
                busy: bye
                no-answer: bye
                failed: bye
              bye: {type: hangup}
            """;

    private static final String ASK_ZIP = """
            centralita: 1
            id: ask-zip
            start: ask
            variables:
              greeting: {type: text, default: ""}
              code: {type: digits}
            nodes:
              ask:
                type: input
                prompt: "${greeting} Key your zip code."
                min-digits: 5
                max-digits: 5
                retries: 1
                store: code
                next: found
                max-retries: gave-up
              found: {type: return, outcome: found}
              gave-up: {type: return, outcome: gave-up}
            """;

    @Test
    void shouldRunASubflowAndTransferByTheValueItReturns() {
        ExecutableFlow city = new CompiledFlows(flows).file("city.flow.yaml", CITY).file("ask-zip.flow.yaml", ASK_ZIP)
                .compile("city");

        var call = Conversation.call(city).press("28001").run();

        assertThat(call.path()).containsExactly("get-zip", "ask", "found", "transfer");
        assertThat(call.prompts()).containsExactly("Hello. Key your zip code.");
        // its busy outcome goes on in the flow, so the hand-off says the result must come back
        assertThat(call.end().handoff()).isEqualTo(new Handoff.Transfer("PJSIP/office-28001", Duration.ofSeconds(30),
                true));
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.TRANSFER);
    }

    @Test
    void shouldTakeTheTransfersBusyOutcome() {
        ExecutableFlow city = new CompiledFlows(flows).file("city.flow.yaml", CITY).file("ask-zip.flow.yaml", ASK_ZIP)
                .compile("city");

        var call = Conversation.call(city).transferAnswers(HandoffResult.BUSY).press("28001").run();

        assertThat(call.path()).endsWith("transfer", "bye");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.HANGUP);
    }

    @Test
    void shouldApologizeWhenAFlowWithoutErrorPathFails() {
        ExecutableFlow broken = new CompiledFlows(flows).file("broken.flow.yaml", """
                centralita: 1
                id: broken
                start: compute
                variables:
                  n: {type: number}
                nodes:
                  compute:
                    type: set
                    assign: {n: "n + 1"}
                    next: bye
                  bye: {type: hangup}
                """).compile("broken");

        var call = Conversation.call(broken).run();

        assertThat(call.eventNames()).containsExactly("start", "enter", "error", "prompt", "hangup", "end");
        assertThat(call.end().outcome()).isEqualTo(CallOutcome.ERROR);
    }
}
