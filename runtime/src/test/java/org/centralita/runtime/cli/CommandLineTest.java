package org.centralita.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit status, standard output and standard error. */
class CommandLineTest {

    private static final String SHOP = """
            centralita: 1
            id: shop
            start: menu
            variables:
              pin: {type: digits, sensitive: true}
            nodes:
              menu:
                type: menu
                prompt: For orders press 1. For returns press 2.
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
                next: orders
                max-retries: bye
              orders: {type: queue, queue: orders, overflow: bye}
              returns: {type: transfer, to: PJSIP/returns, busy: bye}
              bye: {type: hangup, prompt: Goodbye.}
            """;

    @TempDir
    Path dir;
    private Path shop;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFlow() throws IOException {
        shop = dir.resolve("shop.flow.yaml");
        Files.writeString(shop, SHOP);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void shouldAcceptAValidFlowSilently() {
        assertThat(run("validate", shop.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldReportEveryProblemOnePerLineAndExitOne() throws IOException {
        Files.writeString(shop, SHOP.replace("next: orders", "next: order").replace("type: hangup", "type: hangpu"));

        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines().filter(l -> l.contains(": error: "))).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(line -> line.startsWith(shop.toString() + ":"))
                .anyMatch(line -> line.contains("node 'ask-pin'") && line.contains("'order'"));
    }

    @Test
    void shouldExitTwoOnWrongUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("simulate", shop.toString(), "--queue-result", "maybe")).isEqualTo(2);
        assertThat(err.toString()).contains("--queue-result must be one of delivered, overflow");
    }

    @Test
    void shouldTellTheCallOnTheConsole() {
        assertThat(run("simulate", shop.toString(), "--keys", "1,1234")).isZero();

        assertThat(outLines()).contains("    < For orders press 1. For returns press 2.", "    > 1", "    > ***",
                "    queue 'orders', priority 0, context {}: delivered");
        assertThat(outLines().get(outLines().size() - 1)).startsWith("Call ended: queue after ");
        assertThat(out.toString()).doesNotContain("1234");
    }

    @Test
    void shouldWriteTheTraceAsJsonLinesWithTheCallersHangupWhenTheKeysRunOut() {
        assertThat(run("simulate", shop.toString(), "--keys", "", "--trace", "-")).isZero();

        List<String> lines = outLines();
        assertThat(lines.get(0)).startsWith("{\"event\":\"start\",\"t\":");
        assertThat(lines).anyMatch(l -> l.startsWith("{\"event\":\"no-input\"") && l.contains("\"attempt\":1"));
        assertThat(lines.get(lines.size() - 2)).contains("\"event\":\"hangup\"", "\"node\":\"menu\"", "\"by\":\"caller\"");
        assertThat(lines.get(lines.size() - 1)).contains("\"event\":\"end\"", "\"outcome\":\"caller-hangup\"");
    }

    @Test
    void shouldWriteTheTraceToAFileAndReachEveryTransferOutcome() throws IOException {
        Path trace = dir.resolve("call.jsonl");

        assertThat(run("simulate", shop.toString(), "--keys", "2", "--transfer-result", "busy",
                "--trace", trace.toString())).isZero();

        assertThat(Files.readAllLines(trace)).anyMatch(l -> l.contains("\"event\":\"transfer\"") && l.contains("busy"))
                .last().asString().contains("\"outcome\":\"hangup\"");
    }

    @Test
    void shouldNameAMissingRecordingOfRecordedSpeech() {
        assertThat(run("simulate", shop.toString(), "--keys", "say-audio:hello.wav")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("centralita: hello.wav: no such file" + System.lineSeparator());
    }

    @Test
    void shouldRefuseToSimulateAFlowThatDoesNotValidate() throws IOException {
        Files.writeString(shop, SHOP.replace("start: menu", "start: men"));

        assertThat(run("simulate", shop.toString(), "--keys", "1")).isEqualTo(1);
        assertThat(err.toString()).contains(": error: ").contains("'men'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldRefuseAPresetOfAnUnknownVariable() {
        assertThat(run("simulate", shop.toString(), "--keys", "1", "--var", "pn=1234")).isEqualTo(2);
        assertThat(err.toString()).contains("flow 'shop' has no variable 'pn'");
    }

    @Test
    void shouldRefuseAConfigurationWithAnUnknownKey() throws IOException {
        Path config = dir.resolve("centralita.yaml");
        Files.writeString(config, "conectors: {}\n");

        assertThat(run("simulate", shop.toString(), "--keys", "1", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(config + ":1:1: error: unknown key 'conectors'", "did you mean 'connectors'");
    }
}
