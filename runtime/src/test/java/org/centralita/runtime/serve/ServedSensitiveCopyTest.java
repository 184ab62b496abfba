package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.crm.FakeCrm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A PIN copied into ordinary variables by a {@code set} node, then spoken, sent to the CRM and
 * handed to the agent, through a whole runtime over the AGI wire: the copies are as secret as the
 * PIN wherever they go, and still work for the flow's own decisions.
 */
class ServedSensitiveCopyTest {

    private static final String PIN = "4321";
    private static final String FLOW = """
            centralita: 1
            id: pin-copy
            start: ask-pin
            variables:
              account: {type: digits, default: "12345678"}
              pin: {type: digits, sensitive: true}
              code: {type: text}
              note: {type: text}
              tail: {type: text}
              matches: {type: boolean}
            nodes:
              ask-pin: {type: input, prompt: "Enter your PIN.", min-digits: 4, max-digits: 4, store: pin,
                        next: copy, max-retries: wrong}
              copy:
                type: set
                assign: {code: pin, note: '"PIN " + pin', tail: 'pin.substring(2)', matches: 'code == "4321"'}
                next: say
              say: {type: play, prompt: "You entered ${code}, ending in ${tail}.", next: check}
              check:
                type: decision
                branches:
                  - {when: 'code == "4321" && matches', next: lookup}
                else: wrong
              lookup:
                type: crm
                connector: crm
                method: POST
                path: /accounts/${account}
                query: {code: code, note: note}
                body: {tail: "${tail}", note: "${note}"}
                found: agents
                error: wrong
              agents: {type: queue, queue: support, context: {account: account, code: code, note: note, ok: matches}}
              wrong: {type: hangup, prompt: "Sorry."}
            """;

    @TempDir
    Path directory;

    private FakeCrm crm;
    private ServedRuntime runtime;
    private final List<String> wire = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("org.centralita");
    private Level levelBefore;

    @BeforeEach
    void start() throws Exception {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log.start();
        logger.addAppender(log);
        crm = new FakeCrm();
        String connectors = """
                connectors:
                  crm: {base-url: "%s", timeout: 2s, screen-pop: {path: /screen-pop}}
                """.formatted(crm.baseUrl());
        java.nio.file.Files.createDirectories(directory.resolve("flows"));
        java.nio.file.Files.writeString(directory.resolve("flows/pin-copy.flow.yaml"), FLOW);
        runtime = ServedRuntime.start(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), connectors, name -> null);
    }

    @AfterEach
    void stop() {
        runtime.close();
        crm.close();
        logger.detachAppender(log);
        logger.setLevel(levelBefore);
    }

    @Test
    void shouldMaskEveryCopyOfThePinWhereverItGoesWhileTheFlowStillComparesIt() throws Exception {
        // when a caller keys the PIN, which the flow copies, speaks, sends and hands on
        SimulatedCall call = runtime.call("pin-copy", ServedRuntime.channel(), keying(PIN));
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.SUCCESS);

        // then the comparisons of the copies saw the real value: the call reached the agent's queue
        assertThat(call.variables()).containsEntry("CENTRALITA_QUEUE", "support")
                // and the agent's channel inherits the copies masked, the yes/no in clear
                .containsEntry("__CENTRALITA_CTX_ACCOUNT", "12345678")
                .containsEntry("__CENTRALITA_CTX_CODE", "***")
                .containsEntry("__CENTRALITA_CTX_NOTE", "***")
                .containsEntry("__CENTRALITA_CTX_OK", "true");
        // the trace shows *** for every copy: assignments, the prompt, the queue context
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).filteredOn(event -> "assign".equals(event.get("event")))
                .extracting(event -> event.get("variable") + "=" + event.get("value"))
                .containsExactly("pin=***", "code=***", "note=***", "tail=***", "matches=true");
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "prompt")
                .containsEntry("text", "You entered ***, ending in ***."));
        assertThat(trace).anySatisfy(event -> assertThat(event).containsEntry("event", "queue")
                .containsEntry("context", Map.of("account", "12345678", "code", "***", "note", "***", "ok", "true")));
        assertThat(trace.toString()).doesNotContain(PIN);
        // the call's record too
        assertThat(runtime.record(call.uniqueId()).toString()).doesNotContain(PIN);
        // the CRM received *** in the query and the body
        FakeCrm.Received lookup = crm.received().stream()
                .filter(request -> request.uri().getPath().startsWith("/api/accounts/")).findFirst().orElseThrow();
        assertThat(lookup.uri().getRawQuery()).isEqualTo("code=***&note=***");
        assertThat(lookup.body()).contains("\"tail\":\"***\"").contains("\"note\":\"***\"").doesNotContain(PIN);
        // the agent's screen pop carries the copies masked
        await().atMost(Duration.ofSeconds(10)).until(() -> crm.received().stream()
                .anyMatch(request -> request.uri().getPath().endsWith("/screen-pop")));
        String pop = crm.received().stream().filter(request -> request.uri().getPath().endsWith("/screen-pop"))
                .findFirst().orElseThrow().body();
        assertThat(pop).contains("\"code\":\"***\"").contains("\"note\":\"***\"").doesNotContain(PIN);
        // and neither the AGI wire nor the runtime's log ever carried the PIN or its copies in clear
        assertThat(wire).isNotEmpty().noneMatch(line -> line.contains(PIN) || line.contains("PIN " + PIN));
        assertThat(log.list).isNotEmpty().noneMatch(event -> event.getFormattedMessage().contains(PIN));
    }

    /** A caller keying {@code keys} at the first wait, every command line Asterisk read kept. */
    private CallerScript keying(String keys) {
        CallerScript.Reaction caller = KeysCaller.reaction(keys);
        return CallerScript.silent().reacting((command, line, script) -> {
            wire.add(line);
            caller.commandStarted(command, line, script);
        });
    }
}
