package org.centralita.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --control json} driven as the designer's test call view drives it: commands
 * written as the events arrive, through {@link Main#run} with piped streams.
 */
class ControlledSimulateTest {

    private static final String SHOP = """
            centralita: 1
            id: shop
            start: greet
            variables:
              pin: {type: digits, sensitive: true}
              segment: {type: text, default: retail}
            nodes:
              greet: {type: play, prompt: Welcome to the shop., next: menu}
              menu:
                type: menu
                prompt: For orders press 1 or say orders. For returns press 2 or say returns.
                options:
                  "1": {say: [orders], next: ask-pin}
                  "2": {say: [returns], next: returns}
                max-retries: bye
              ask-pin:
                type: input
                prompt: Enter your PIN.
                min-digits: 4
                max-digits: 4
                store: pin
                next: read-back
                max-retries: bye
              read-back: {type: play, prompt: "You entered ${pin}.", next: orders}
              orders: {type: queue, queue: orders, overflow: bye}
              returns: {type: transfer, to: PJSIP/returns, busy: bye}
              bye: {type: hangup, prompt: Goodbye.}
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path shop;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final StringWriter err = new StringWriter();
    private PrintWriter commands;
    private Future<Integer> status;

    @BeforeEach
    void writeFlow() throws IOException {
        shop = Files.writeString(dir.resolve("shop.flow.yaml"), SHOP);
    }

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void shouldWalkACallByKeysWithPromptsBeforeEachWaitAndThePinMasked() throws Exception {
        start();

        // the greeting is heard, then the menu, then the call waits for keys or words
        JsonNode greet = next("prompt");
        assertThat(greet.get("node").asText()).isEqualTo("greet");
        assertThat(greet.get("text").asText()).isEqualTo("Welcome to the shop.");
        assertThat(greet.has("wav")).isFalse();
        assertThat(next("prompt").get("text").asText()).startsWith("For orders press 1");
        JsonNode vars = next("vars");
        assertThat(vars.get("vars").get("segment").asText()).isEqualTo("retail");
        assertThat(vars.get("vars").get("pin").isNull()).isTrue();
        JsonNode wait = next("wait");
        assertThat(wait.get("node").asText()).isEqualTo("menu");
        assertThat(wait.get("digits").asBoolean()).isTrue();
        assertThat(wait.get("speech").asBoolean()).isTrue();

        send("{\"command\":\"keys\",\"keys\":\"1\"}");
        assertThat(next("prompt").get("text").asText()).isEqualTo("Enter your PIN.");
        JsonNode pinWait = next("wait");
        assertThat(pinWait.get("node").asText()).isEqualTo("ask-pin");
        assertThat(pinWait.get("sensitive").asBoolean()).isTrue();
        assertThat(pinWait.get("max_digits").asInt()).isEqualTo(4);

        send("{\"command\":\"keys\",\"keys\":\"4321\"}");
        assertThat(next("prompt").get("text").asText()).isEqualTo("***");
        JsonNode end = next("end");

        assertThat(end.get("outcome").asText()).isEqualTo("queue");
        assertThat(status.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(entered()).containsExactly("greet", "menu", "ask-pin", "read-back", "orders");
        assertThat(seen.toString()).doesNotContain("4321").contains("\"pin\",\"value\":\"***\"");
    }

    @Test
    void shouldTakeWordsAtAMenuThatListens() throws Exception {
        start();
        next("wait");

        send("{\"command\":\"say\",\"words\":\"returns\"}");
        JsonNode input = next("input");
        JsonNode end = next("end");

        assertThat(input.get("mode").asText()).isEqualTo("speech");
        assertThat(input.get("value").asText()).isEqualTo("returns");
        assertThat(end.get("outcome").asText()).isEqualTo("transfer");
        assertThat(entered()).containsExactly("greet", "menu", "returns");
    }

    @Test
    void shouldTimeOutOnSilenceUntilTheMenuGivesUp() throws Exception {
        start();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(next("wait").get("node").asText()).isEqualTo("menu");
            send("{\"command\":\"silence\"}");
            assertThat(next("no-input").get("attempt").asInt()).isEqualTo(attempt);
        }
        JsonNode goodbye = next("prompt");
        JsonNode end = next("end");

        assertThat(goodbye.get("text").asText()).isEqualTo("Goodbye.");
        assertThat(end.get("outcome").asText()).isEqualTo("hangup");
        assertThat(entered()).containsExactly("greet", "menu", "bye");
    }

    @Test
    void shouldEndAsTheCallersHangUpAtAWait() throws Exception {
        start();
        next("wait");

        send("{\"command\":\"hangup\"}");
        JsonNode hangup = next("hangup");
        JsonNode end = next("end");

        assertThat(hangup.get("by").asText()).isEqualTo("caller");
        assertThat(hangup.get("node").asText()).isEqualTo("menu");
        assertThat(end.get("outcome").asText()).isEqualTo("caller-hangup");
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void shouldPauseAtEveryNodeInStepModeUntilToldToContinue() throws Exception {
        start("--step");

        assertThat(next("paused").get("node").asText()).isEqualTo("greet");
        assertThat(seen).noneMatch(event -> "prompt".equals(event.get("event").asText()));
        send("{\"command\":\"step\"}");
        JsonNode greeting = next("prompt");
        JsonNode atMenu = next("paused");
        send("{\"command\":\"keys\",\"keys\":\"1\"}");
        JsonNode refused = next("problem");
        send("{\"command\":\"continue\"}");
        JsonNode wait = next("wait");

        assertThat(greeting.get("node").asText()).isEqualTo("greet");
        assertThat(atMenu.get("node").asText()).isEqualTo("menu");
        assertThat(atMenu.get("reason").asText()).isEqualTo("step");
        assertThat(refused.get("message").asText()).contains("paused at node 'menu'");
        assertThat(wait.get("node").asText()).isEqualTo("menu");
        assertThat(seen.stream().filter(event -> "paused".equals(event.get("event").asText()))).hasSize(2);
    }

    @Test
    void shouldPauseAtBreakpointsGivenAtStartAndDuringTheCall() throws Exception {
        start("--break", "ask-pin");
        next("wait");
        send("{\"command\":\"break\",\"node\":\"orders\"}");
        assertThat(next("breakpoints").get("nodes").toString()).isEqualTo("[\"ask-pin\",\"orders\"]");

        send("{\"command\":\"keys\",\"keys\":\"1\"}");
        JsonNode atPin = next("paused");
        send("{\"command\":\"continue\"}");
        next("wait");
        send("{\"command\":\"keys\",\"keys\":\"4321\"}");
        JsonNode atOrders = next("paused");
        JsonNode varsBefore = lastBefore("paused", "vars");
        send("{\"command\":\"hangup\"}");
        JsonNode end = next("end");

        assertThat(atPin.get("node").asText()).isEqualTo("ask-pin");
        assertThat(atPin.get("reason").asText()).isEqualTo("break");
        assertThat(atOrders.get("node").asText()).isEqualTo("orders");
        assertThat(varsBefore.get("vars").get("pin").asText()).isEqualTo("***");
        assertThat(end.get("outcome").asText()).isEqualTo("caller-hangup");
        assertThat(seen).noneMatch(event -> "queue".equals(event.get("event").asText()));
    }

    @Test
    void shouldExplainABadCommandAndKeepWaiting() throws Exception {
        start();
        next("wait");

        send("not json");
        JsonNode notJson = next("problem");
        send("{\"command\":\"keys\",\"keys\":\"x9\"}");
        JsonNode badKeys = next("problem");
        send("{\"command\":\"dance\"}");
        JsonNode unknown = next("problem");
        send("{\"command\":\"keys\",\"keys\":\"2\"}");

        assertThat(notJson.get("message").asText()).startsWith("not JSON");
        assertThat(badKeys.get("message").asText()).contains("'x9'");
        assertThat(unknown.get("message").asText()).contains("unknown command 'dance'");
        assertThat(next("end").get("outcome").asText()).isEqualTo("transfer");
    }

    @Test
    void shouldWriteEachPromptsSpeechAsWavWithoutTheSecret() throws Exception {
        Path audio = dir.resolve("audio");
        start("--audio", audio.toString());
        JsonNode greet = next("prompt");
        next("wait");
        send("{\"command\":\"keys\",\"keys\":\"1\"}");
        next("wait");
        send("{\"command\":\"keys\",\"keys\":\"4321\"}");
        JsonNode readBack = next("prompt");
        next("end");

        Path wav = Path.of(greet.get("wav").get(0).asText());
        assertThat(wav).startsWith(audio).isRegularFile();
        byte[] bytes = Files.readAllBytes(wav);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(bytes.length).isGreaterThan(8000);
        assertThat(readBack.get("text").asText()).isEqualTo("***");
        assertThat(readBack.has("wav")).isFalse();
        try (var files = Files.list(audio)) {
            assertThat(files.count()).isEqualTo(3);
        }
    }

    @Test
    void shouldRefuseKeysOrAStandardOutputTraceWithControl() {
        StringWriter out = new StringWriter();
        int withKeys = Main.run(new BufferedReader(new java.io.StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), "simulate", shop.toString(), "--control", "json", "--keys", "1");
        int withTrace = Main.run(new BufferedReader(new java.io.StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), "simulate", shop.toString(), "--control", "json", "--trace", "-");
        int stepAlone = Main.run(new BufferedReader(new java.io.StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), "simulate", shop.toString(), "--step");
        int unknownNode = Main.run(new BufferedReader(new java.io.StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), "simulate", shop.toString(), "--control", "json", "--break", "nowhere");

        assertThat(List.of(withKeys, withTrace, stepAlone, unknownNode)).containsOnly(Main.USAGE);
        assertThat(err.toString()).contains("--keys and --control").contains("--trace - and --control")
                .contains("--step, --break and --audio go with --control json")
                .contains("--break: flow 'shop' has no node 'nowhere'").doesNotContain("Exception");
    }

    @Test
    void shouldHangUpWhenTheDrivingProgramGoes() throws Exception {
        start();
        next("wait");

        commands.close();

        assertThat(next("end").get("outcome").asText()).isEqualTo("caller-hangup");
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
    }

    private void start(String... options) throws IOException {
        PipedWriter toCall = new PipedWriter();
        BufferedReader in = new BufferedReader(new PipedReader(toCall));
        commands = new PrintWriter(toCall, true);
        List<String> args = new ArrayList<>(List.of("simulate", shop.toString(), "--control", "json"));
        args.addAll(List.of(options));
        PrintWriter out = new PrintWriter(new LineQueue(lines), true);
        status = thread.submit(() -> Main.run(in, out, new PrintWriter(err, true), args.toArray(String[]::new)));
    }

    private void send(String command) {
        commands.println(command);
    }

    /** The next event named {@code event}, every event before it kept in {@link #seen}. */
    private JsonNode next(String event) throws Exception {
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("no '%s' event; seen %s; stderr %s", event, seen, err).isNotNull();
            JsonNode parsed = JSON.readTree(line);
            seen.add(parsed);
            if (event.equals(parsed.get("event").asText())) {
                return parsed;
            }
        }
    }

    /** The last {@code wanted} event seen before the last {@code anchor} event. */
    private JsonNode lastBefore(String anchor, String wanted) {
        int at = -1;
        for (int i = 0; i < seen.size(); i++) {
            if (anchor.equals(seen.get(i).get("event").asText())) {
                at = i;
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            if (wanted.equals(seen.get(i).get("event").asText())) {
                return seen.get(i);
            }
        }
        throw new AssertionError("no '" + wanted + "' before '" + anchor + "' in " + seen);
    }

    private List<String> entered() {
        return seen.stream().filter(event -> "enter".equals(event.get("event").asText()))
                .map(event -> event.get("node").asText()).toList();
    }

    /** Standard output as lines, handed over as each one is complete. */
    private static final class LineQueue extends Writer {
        private final BlockingQueue<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineQueue(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else if (chars[i] != '\r') {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
