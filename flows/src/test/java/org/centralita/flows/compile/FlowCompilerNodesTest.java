package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.calendar.CalendarState;
import org.centralita.flows.executable.*;
import org.centralita.flows.expr.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCompilerNodesTest {

    @TempDir
    static Path dir;
    private static ExecutableFlow flow;
    private static CompileResult result;

    @BeforeAll
    static void compileOneFlowWithEveryKindOfNode() {
        FlowFixture fixture = new FlowFixture(dir)
                .file("calendars/office.yaml", "timezone: UTC\nweekly: {mon-fri: [\"08:00-20:00\"]}\n")
                .flow("main", """
                        start: greet
                        on-error: sorry
                        nodes:
                          greet: {type: play, prompt: welcome, next: main-menu}
                          main-menu:
                            type: menu
                            prompt: only-english
                            options:
                              "1": {say: [balance, my balance], next: get-account}
                              "2": {say: agent, next: to-agent}
                              "#": sorry
                            no-input-prompt: Please choose.
                            max-retries: sorry
                          get-account:
                            type: input
                            prompt: Enter your account.
                            max-digits: 8
                            valid: size(value) == 8
                            grammar: [yes, no]
                            store: account
                            next: get-pin
                            max-retries: sorry
                          get-pin: {type: input, prompt: "PIN?", valid: luhn, store: pin, timeout: 2s, barge-in: false,
                                    terminator: "*", next: remember, max-retries: sorry}
                          remember: {type: set, assign: {vip: balance > 1000, note: "'vip ' + account"}, next: route}
                          route:
                            type: decision
                            branches:
                              - {when: vip, next: open-hours}
                              - {when: balance < 0, next: sorry}
                            else: lookup
                          lookup:
                            type: crm
                            connector: core-banking
                            path: /customers/${account}
                            query: {vip: vip, include: '"card"'}
                            body: {account: "${account}", limit: 10, active: true, tags: [a, "${note}"]}
                            store: {balance: /balance}
                            found: open-hours
                            not-found: sorry
                          open-hours: {type: hours, calendar: office, open: to-agent, closed: leave-message}
                          after-hours: {type: hours, calendar: office, open: to-agent, closed: leave-message, holiday: sorry}
                          to-agent: {type: queue, queue: retail, context: {account: account}, overflow: transfer-out}
                          transfer-out: {type: transfer, to: "SIP/${account}", busy: leave-message}
                          leave-message: {type: voicemail, mailbox: "${account}@default"}
                          record-it: {type: record, prompt: {text: Speak now.}, store: note, next: call-back}
                          call-back: {type: callback, queue: callbacks, next: pick-language}
                          pick-language:
                            type: language
                            prompt: welcome
                            options: {"1": en-US, "2": {language: es-ES, say: [espanol]}}
                            next: spanish
                          spanish: {type: language, set: es-ES, next: sorry}
                          sorry: {type: hangup, prompt: [{text: Sorry.}, {pause: 500ms}, {say-money: balance, currency: EUR}]}
                          bye: {type: hangup}
                        """);
        result = fixture.compile();
        flow = result.flow("main").orElseThrow(() -> new AssertionError(result.problems()));
    }

    @Test
    void shouldCompileTheFlowWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(flow.start()).isEqualTo("greet");
        assertThat(flow.onError()).isEqualTo("sorry");
        assertThat(flow.languages()).containsExactly("en-US", "es-ES");
        assertThat(flow.version()).hasSize(12).matches("[0-9a-f]+");
    }

    @Test
    void shouldConvertVariableDefaultsToTheirTypes() {
        assertThat(flow.variables().get("balance").initial()).isEqualTo(new BigDecimal("1500.50"));
        assertThat(flow.variables().get("vip").initial()).isEqualTo(Boolean.FALSE);
        assertThat(flow.variables().get("due").initial()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(flow.variables().get("note").initial()).isEqualTo("hello");
        assertThat(flow.variables().get("account").initial()).isNull();
        assertThat(flow.isSensitive("pin")).isTrue();
    }

    @Test
    void shouldCompilePlayWithTheFlowsBargeInAndAPromptPerLanguage() {
        PlayNode play = (PlayNode) flow.node("greet");

        assertThat(play.bargeIn()).isTrue();
        assertThat(play.next()).isEqualTo("main-menu");
        assertThat(play.error()).isNull();
        assertThat(text(play.prompt(), "en-US")).isEqualTo("Welcome.");
        assertThat(text(play.prompt(), "es-ES")).isEqualTo("Bienvenido.");
    }

    @Test
    void shouldCompileMenuOptionsAndTimingFromTheFlowDefaults() {
        MenuNode menu = (MenuNode) flow.node("main-menu");

        assertThat(menu.options()).containsExactly(
                new MenuNode.Option("1", List.of("balance", "my balance"), "get-account"),
                new MenuNode.Option("2", List.of("agent"), "to-agent"),
                new MenuNode.Option("#", List.of(), "sorry"));
        assertThat(menu.timing()).isEqualTo(new InputTiming(Duration.ofSeconds(7), Duration.ofSeconds(3), 2, true));
        assertThat(menu.confidence()).isEqualTo(0.5);
        assertThat(menu.maxRetries()).isEqualTo("sorry");
        assertThat(text(menu.noInputPrompt(), "es-ES")).isEqualTo("Please choose.");
        assertThat(menu.noMatchPrompt()).isNull();
    }

    @Test
    void shouldFallBackToTheDefaultLanguageAndFillInTemplates() throws Exception {
        MenuNode menu = (MenuNode) flow.node("main-menu");

        SegmentSpec.Text spanish = (SegmentSpec.Text) menu.prompt().segments("es-ES").get(0);
        assertThat(spanish.text().render(Map.of("note", "amigo"))).isEqualTo("Hello amigo.");
        assertThat(menu.prompt().byLanguage()).containsOnlyKeys("en-US", "es-ES");
    }

    @Test
    void shouldCompileInputWithDefaultsAndAUsableValidation() throws Exception {
        InputNode account = (InputNode) flow.node("get-account");

        assertThat(account.mode()).isEqualTo("digits");
        assertThat(account.minDigits()).isEqualTo(1);
        assertThat(account.maxDigits()).isEqualTo(8);
        assertThat(account.terminator()).isEqualTo("#");
        assertThat(account.phrases()).containsExactly("yes", "no");
        assertThat(account.grammar()).isNull();
        assertThat(account.store()).isEqualTo("account");
        assertThat(account.sensitive()).isFalse();
        var check = (InputNode.Validation.Check) account.validation();
        assertThat(check.expression().test(Map.of("value", "12345678"))).isTrue();
        assertThat(check.expression().test(Map.of("value", "123"))).isFalse();
    }

    @Test
    void shouldCompileASensitiveLuhnInputWithItsOwnTiming() {
        InputNode pin = (InputNode) flow.node("get-pin");

        assertThat(pin.validation()).isInstanceOf(InputNode.Validation.Luhn.class);
        assertThat(pin.sensitive()).isTrue();
        assertThat(pin.terminator()).isEqualTo("*");
        assertThat(pin.timing()).isEqualTo(new InputTiming(Duration.ofSeconds(2), Duration.ofSeconds(3), 2, false));
    }

    @Test
    void shouldCompileSetAssignmentsInOrder() throws Exception {
        SetNode set = (SetNode) flow.node("remember");

        assertThat(set.assign()).containsOnlyKeys("vip", "note");
        assertThat(set.assign().keySet()).containsExactly("vip", "note");
        assertThat(set.assign().get("vip").evaluate(Map.of("balance", new BigDecimal("2000")))).isEqualTo(true);
        assertThat(set.assign().get("note").evaluate(Map.of("account", "42"))).isEqualTo("vip 42");
    }

    @Test
    void shouldCompileDecisionBranchesInOrder() throws Exception {
        DecisionNode decision = (DecisionNode) flow.node("route");

        assertThat(decision.branches()).extracting(DecisionNode.Branch::next).containsExactly("open-hours", "sorry");
        assertThat(decision.branches().get(1).when().test(Map.of("balance", -5))).isTrue();
        assertThat(decision.otherwise()).isEqualTo("lookup");
    }

    @Test
    void shouldCompileCrmQueryExpressionsTemplatesAndTypedBody() throws Exception {
        CrmNode crm = (CrmNode) flow.node("lookup");

        assertThat(crm.method()).isEqualTo("GET");
        assertThat(crm.timeout()).isNull();
        assertThat(crm.path().render(Map.of("account", "77"))).isEqualTo("/customers/77");
        assertThat(crm.query().get("vip").evaluate(Map.of("vip", true))).isEqualTo(true);
        assertThat(crm.query().get("include").evaluate(Map.of())).isEqualTo("card");
        assertThat(crm.store()).containsEntry("balance", "/balance");
        assertThat(crm.found()).isEqualTo("open-hours");
        assertThat(crm.notFound()).isEqualTo("sorry");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) crm.body();
        assertThat(body.get("limit")).isEqualTo(new BigDecimal("10"));
        assertThat(body.get("active")).isEqualTo(true);
        assertThat(((Template) body.get("account")).render(Map.of("account", "9"))).isEqualTo("9");
        assertThat((List<?>) body.get("tags")).hasSize(2);
    }

    @Test
    void shouldLoadEachCalendarOnceAndTakeClosedForAMissingHolidayOutcome() {
        HoursNode open = (HoursNode) flow.node("open-hours");
        HoursNode after = (HoursNode) flow.node("after-hours");

        assertThat(open.calendar()).isSameAs(after.calendar());
        assertThat(open.calendarId()).isEqualTo("office");
        assertThat(open.holiday()).isEqualTo("leave-message");
        assertThat(after.holiday()).isEqualTo("sorry");
        assertThat(open.calendar().stateAt(Instant.parse("2026-06-03T10:00:00Z"))).isEqualTo(CalendarState.OPEN);
    }

    @Test
    void shouldCompileHandOffNodesWithTheirDefaults() throws Exception {
        QueueNode queue = (QueueNode) flow.node("to-agent");
        TransferNode transfer = (TransferNode) flow.node("transfer-out");
        VoicemailNode voicemail = (VoicemailNode) flow.node("leave-message");

        assertThat(queue.priority()).isZero();
        assertThat(queue.announcePosition()).isFalse();
        assertThat(queue.timeout()).isNull();
        assertThat(queue.context().get("account").evaluate(Map.of("account", "5"))).isEqualTo("5");
        assertThat(queue.overflow()).isEqualTo("transfer-out");
        assertThat(transfer.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(transfer.to().render(Map.of("account", "100"))).isEqualTo("SIP/100");
        assertThat(transfer.busy()).isEqualTo("leave-message");
        assertThat(transfer.noAnswer()).isNull();
        assertThat(voicemail.mailbox().render(Map.of("account", "7"))).isEqualTo("7@default");
        assertThat(voicemail.next()).isNull();
    }

    @Test
    void shouldCompileRecordAndCallbackWithRegistryDefaults() throws Exception {
        RecordNode record = (RecordNode) flow.node("record-it");
        CallbackNode callback = (CallbackNode) flow.node("call-back");

        assertThat(record.maxDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(record.silence()).isEqualTo(Duration.ofSeconds(3));
        assertThat(record.beep()).isTrue();
        assertThat(record.terminator()).isEqualTo("#");
        assertThat(record.store()).isEqualTo("note");
        Map<String, Object> names = new HashMap<>();
        names.put("call", Map.of("ani", "+34600111222"));
        assertThat(callback.number().evaluate(names)).isEqualTo("+34600111222");
        assertThat(callback.queue()).isEqualTo("callbacks");
        assertThat(callback.confirm()).isNull();
    }

    @Test
    void shouldCompileLanguageChoicesAndFixedLanguages() {
        LanguageNode pick = (LanguageNode) flow.node("pick-language");
        LanguageNode spanish = (LanguageNode) flow.node("spanish");

        assertThat(pick.options()).containsExactlyInAnyOrderEntriesOf(Map.of("1", "en-US", "2", "es-ES"));
        assertThat(pick.timing().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(pick.set()).isNull();
        assertThat(spanish.set()).isEqualTo("es-ES");
        assertThat(spanish.options()).isEmpty();
    }

    @Test
    void shouldCompileHangupSegmentsAndAnEmptyHangup() {
        HangupNode sorry = (HangupNode) flow.node("sorry");
        HangupNode bye = (HangupNode) flow.node("bye");

        assertThat(sorry.prompt().segments("es-ES")).hasSize(3);
        assertThat(sorry.prompt().segments("en-US").get(1)).isEqualTo(new SegmentSpec.Pause(Duration.ofMillis(500)));
        assertThat(((SegmentSpec.SayMoney) sorry.prompt().segments("en-US").get(2)).currency()).isEqualTo("EUR");
        assertThat(bye.prompt()).isNull();
    }

    private static String text(PromptSpec prompt, String language) {
        return ((SegmentSpec.Text) prompt.segments(language).get(0)).text().source();
    }
}
