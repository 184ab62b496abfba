package org.centralita.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.centralita.runtime.cli.Main;
import org.centralita.runtime.savedcalls.SavedCall;
import org.centralita.runtime.savedcalls.SavedCallsFile;
import org.centralita.runtime.savedcalls.SavedCallsReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code centralita test}: the examples' saved calls (examples/flows/*.calls.yaml) run through the
 * real command line against the examples' CRM, a saved call broken on purpose, and bad input.
 */
class SavedCallsCommandTest {

    private static final Path ROOT = RepositoryRoot.find();
    private static final Path FLOWS = ROOT.resolve("examples/flows");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A library's line: renewals queue, the front desk by transfer, else goodbye. */
    private static final String LIBRARY = """
            centralita: 1
            id: library
            start: welcome
            nodes:
              welcome:
                type: menu
                prompt: To renew a loan press 1. For the front desk press 2.
                options:
                  "1": {next: renewals}
                  "2": {next: front-desk}
                max-retries: goodbye
              renewals: {type: queue, queue: renewals, overflow: goodbye}
              front-desk: {type: transfer, to: PJSIP/desk, busy: goodbye}
              goodbye: {type: hangup, prompt: Thank you for calling.}
            """;

    @TempDir
    static Path shared;
    private static ExampleCrm crm;
    private static Path config;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startTheCrmAndPointTheConfigurationAtIt() throws IOException {
        crm = new ExampleCrm(ROOT.resolve("examples/crm/accounts.json"));
        config = crm.examplesConfigIn(ROOT, shared);
    }

    @AfterAll
    static void stopTheCrm() {
        crm.close();
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void shouldPassEverySavedCallOfTheExampleFlows() throws IOException {
        int status = run("test", FLOWS.toString(), "--config", config.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(err.toString()).as("stderr").isEmpty();
        assertThat(lines).as("output").filteredOn(l -> l.startsWith("FAIL")).isEmpty();
        int calls = savedCalls().size();
        assertThat(calls).isEqualTo(64);
        assertThat(lines).filteredOn(l -> l.startsWith("PASS ")).hasSize(calls)
                .contains("PASS bank-main.calls.yaml:3 B01 balance, then silence at the balance menu",
                        "PASS citizen-line.calls.yaml:3 C01 English, book an appointment (subflow outcome booked)");
        assertThat(lines).last().isEqualTo(calls + " saved calls: " + calls + " passed, 0 failed");
        assertThat(status).isZero();
    }

    @Test
    void shouldKeepTheExampleSavedCallsAsTheScenarioTableSaysThem() throws IOException {
        Map<String, SavedCall> saved = savedCalls().stream()
                .collect(Collectors.toMap(call -> call.name().substring(0, 3), Function.identity()));
        List<String> notSaved = new ArrayList<>();
        for (Scenario scenario : ScenarioTable.read(ROOT.resolve("examples/SCENARIOS.md"))) {
            SavedCall call = saved.get(scenario.id());
            if (scenario.options().contains("--fail")) {
                // a saved call is what a caller can do; a node made to fail is not
                notSaved.add(scenario.id());
                assertThat(call).as(scenario.id()).isNull();
                continue;
            }
            assertThat(call).as(scenario.id()).isNotNull();
            assertThat(call.file()).as(scenario.id()).endsWith(Path.of(scenario.flowFile()).getFileName().toString()
                    .replace(".flow.yaml", ".calls.yaml"));
            assertThat(call.path()).as(scenario.id()).containsExactlyElementsOf(scenario.path());
            assertThat(call.end()).as(scenario.id()).isEqualTo(EndCell.parse(scenario.end()).outcome());
            assertThat(call.script()).as(scenario.id()).hasSameSizeAs(scenario.keys().split(",", -1));
        }
        assertThat(notSaved).containsExactly("B29", "U24", "U25", "C14");
    }

    @Test
    void shouldNameTheDivergingStepOfABrokenSavedCall() throws IOException {
        // C08: check-number, choose-language, welcome, main-menu, topic-general, ...: step 5 changed
        // (C11 takes the same way: only the first, C08, is changed)
        String c08 = "path: [check-number, choose-language, welcome, main-menu, topic-general,";
        Path calls = citizenCallsChanged(text -> text.replaceFirst(Pattern.quote(c08),
                Matcher.quoteReplacement(c08.replace("topic-general", "topic-address"))));
        int line = lineOf(Files.readString(calls), "C08 English caller asks for an agent");
        Path flows = calls.getParent();

        int status = run("test", flows.resolve("citizen-line.flow.yaml").toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines()).contains("FAIL citizen-line.calls.yaml:" + line
                + " C08 English caller asks for an agent: step 5: expected node 'topic-address', was 'topic-general'");
        assertThat(out.toString().lines()).filteredOn(l -> l.startsWith("PASS ")).hasSize(12);
        assertThat(out.toString().lines()).last().isEqualTo("13 saved calls: 12 passed, 1 failed");
    }

    @Test
    void shouldReportTheDivergingStepAndAWrongEndInJson() throws IOException {
        // C10 ends hangup, saved as queue; C12 goes on to goodbye, no longer saved
        Path calls = citizenCallsChanged(text -> text.replace("lines-busy]\n    end: hangup", "lines-busy]\n    end: queue")
                .replace("welcome, main-menu, office-hours-info, anything-else, goodbye]",
                        "welcome, main-menu, office-hours-info, anything-else]"));
        String text = Files.readString(calls);

        int status = run("test", calls.toString(), "--json");

        assertThat(status).isEqualTo(1);
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.path("passed").asInt()).isEqualTo(11);
        assertThat(report.path("failed").asInt()).isEqualTo(2);
        assertThat(report.path("calls")).hasSize(13);
        JsonNode c10Result = call(report, "C10");
        assertThat(c10Result.path("file").asText()).isEqualTo("citizen-line.calls.yaml");
        assertThat(c10Result.path("line").asInt()).isEqualTo(lineOf(text, "C10 citizen queue overflow"));
        assertThat(c10Result.path("passed").asBoolean()).isFalse();
        assertThat(c10Result.path("step").asText()).isEqualTo("end");
        assertThat(c10Result.path("expected").asText()).isEqualTo("queue");
        assertThat(c10Result.path("actual").asText()).isEqualTo("hangup");
        assertThat(c10Result.path("message").asText()).isEqualTo("step end: expected end 'queue', was 'hangup'");
        JsonNode c12Result = call(report, "C12");
        assertThat(c12Result.path("step").isInt()).isTrue();
        assertThat(c12Result.path("step").asInt()).isEqualTo(7);
        assertThat(c12Result.path("expected").isNull()).isTrue();
        assertThat(c12Result.path("actual").asText()).isEqualTo("goodbye");
        assertThat(c12Result.path("message").asText()).isEqualTo("step 7: expected no more nodes, was 'goodbye'");
        JsonNode passed = call(report, "C01");
        assertThat(passed.path("passed").asBoolean()).isTrue();
        assertThat(passed.path("step").isNull()).isTrue();
        assertThat(passed.path("message").isNull()).isTrue();
    }

    @Test
    void shouldReportEveryProblemOfACallsFileAtItsLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("library.flow.yaml"), LIBRARY);
        Path calls = Files.writeString(dir.resolve("library.calls.yaml"), """
                # broken on purpose
                calls:
                  - name: orders
                    nmae: typo
                    at: tomorrow
                    keys: "1,x1"
                    queue-result: maybe
                    path: [welcome, renewals]
                    end: hangpu
                  - name: orders
                    path: welcome
                    end: queue
                  - name: no path
                    transfer-result: busy-ish
                    end: hangup
                """);

        int status = run("test", calls.toString());

        assertThat(status).isEqualTo(1);
        String file = calls.toString();
        assertThat(err.toString().lines()).containsExactly(
                file + ":4:5: error: unknown key 'nmae' in a saved call (did you mean 'name'?); the keys are name, ani,"
                        + " dnis, at, language, vars, queue-result, transfer-result, keys, path, end",
                file + ":5:9: error: 'at' must be a date and time like 2026-12-25T10:00:00+01:00, not 'tomorrow'",
                file + ":6:11: error: 'keys': 'x1' is not keys (0-9, *, #), say:words, say-audio:FILE.wav, or empty for silence",
                file + ":7:19: error: 'queue-result' must be one of delivered, overflow, not 'maybe'",
                file + ":9:10: error: 'end' is one of queue, transfer, voicemail, callback, hangup, caller-hangup, error,"
                        + " not 'hangpu' (did you mean 'hangup'?)",
                file + ":10:11: error: duplicate call name 'orders' (first at line 3)",
                file + ":11:11: error: 'path' is a list of node ids, like [greet, main-menu], not a value",
                file + ":13:5: error: a saved call has a 'path': the ids of the nodes it enters, in order",
                file + ":14:22: error: 'transfer-result' must be one of delivered, busy, no-answer, failed, not 'busy-ish'");
        assertThat(out.toString().lines()).containsExactly("0 saved calls: 0 passed, 0 failed");
    }

    @Test
    void shouldRunTheCallsOfAFlowFileAndSayWhenItHasNone() throws IOException {
        Path library = Files.writeString(dir.resolve("library.flow.yaml"), LIBRARY);

        assertThat(run("test", library.toString())).isZero();
        assertThat(out.toString()).contains("centralita test: " + library + ": no saved calls (no library.calls.yaml beside it)");

        Files.writeString(dir.resolve("library.calls.yaml"), """
                calls:
                  - name: renewals
                    keys: "1"
                    path: [welcome, renewals]
                    end: queue
                  - name: front desk busy
                    transfer-result: busy
                    keys: "2"
                    path: [welcome, front-desk, goodbye]
                    end: hangup
                """);
        out.getBuffer().setLength(0);
        assertThat(run("test", library.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "PASS library.calls.yaml:2 renewals",
                "PASS library.calls.yaml:6 front desk busy",
                "2 saved calls: 2 passed, 0 failed");
    }

    @Test
    void shouldGiveANoticeForADirectoryWithoutSavedCalls() throws IOException {
        Files.writeString(dir.resolve("library.flow.yaml"), LIBRARY);

        int status = run("test", dir.toString());

        assertThat(status).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "centralita test: " + dir + ": no saved calls (no *.calls.yaml file in it)",
                "0 saved calls: 0 passed, 0 failed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldRefuseAMissingPath() {
        Path missing = dir.resolve("nowhere");

        int status = run("test", missing.toString(), "--json");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("centralita test: " + missing + ": no such file or directory");
        assertThat(out.toString()).contains("\"problems\":[\"centralita test: ");
    }

    @Test
    void shouldReportACallsFileWithoutItsFlow() throws IOException {
        Path calls = Files.writeString(dir.resolve("lost.calls.yaml"), "calls:\n  - {name: a, path: [x], end: hangup}\n");

        assertThat(run("test", calls.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(calls + ":1:1: error: no flow beside it: lost.flow.yaml"
                + " (saved calls test the flow of the same name)");
    }

    @Test
    void shouldAppendASimulatedCallToTheFlowsCallsFileKeepingWhatItSays() throws IOException {
        Path library = Files.writeString(dir.resolve("library.flow.yaml"), LIBRARY);
        String written = """
                # The library's calls: kept by hand, then by simulate --save-as.
                calls:
                - name: renewals   # the common case
                  keys: "1"
                  path: [welcome, renewals]
                  end: queue
                # more below
                """;
        Path calls = Files.writeString(dir.resolve("library.calls.yaml"), written);

        int status = run("simulate", library.toString(), "--keys", "2", "--transfer-result", "busy",
                "--ani", "+15555550100", "--at", "2026-11-24T10:00:00-05:00", "--save-as", "front desk \"busy\"");

        assertThat(status).as(err.toString()).isZero();
        String now = Files.readString(calls);
        assertThat(now).startsWith(written);
        assertThat(now.substring(written.length())).isEqualTo("""
                - name: "front desk \\"busy\\""
                  ani: "+15555550100"
                  at: "2026-11-24T10:00:00-05:00"
                  transfer-result: busy
                  keys: "2"
                  path: [welcome, front-desk, goodbye]
                  end: hangup
                """);
        assertThat(out.toString().lines()).contains("Saved as 'front desk \"busy\"' at " + calls + ":8");

        out.getBuffer().setLength(0);
        assertThat(run("test", library.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "PASS library.calls.yaml:3 renewals",
                "PASS library.calls.yaml:8 front desk \"busy\"",
                "2 saved calls: 2 passed, 0 failed");
    }

    @Test
    void shouldStartTheCallsFileOfAFlowWithoutOne() throws IOException {
        Path library = Files.writeString(dir.resolve("library.flow.yaml"), LIBRARY);

        int status = run("simulate", library.toString(), "--keys", "1", "--trace", "-", "--save-as", "renewals");

        assertThat(status).as(err.toString()).isZero();
        Path calls = dir.resolve("library.calls.yaml");
        assertThat(Files.readString(calls)).isEqualTo("""
                # Saved test calls of library.flow.yaml; run by `centralita test` and by ./mvnw verify.
                calls:
                  - name: "renewals"
                    keys: "1"
                    path: [welcome, renewals]
                    end: queue
                """);
        assertThat(err.toString().lines()).containsExactly("Saved as 'renewals' at " + calls + ":3");
        assertThat(TraceLines.parse(out.toString()).outcome()).isEqualTo("queue");
        out.getBuffer().setLength(0);
        assertThat(run("test", calls.toString())).isZero();
    }

    @Test
    void shouldRefuseToSaveACallUnderANameTakenOrWithoutKeys() throws IOException {
        Path library = Files.writeString(dir.resolve("library.flow.yaml"), LIBRARY);
        String written = "calls:\n  - {name: renewals, keys: \"1\", path: [welcome, renewals], end: queue}\n";
        Path calls = Files.writeString(dir.resolve("library.calls.yaml"), written);

        assertThat(run("simulate", library.toString(), "--keys", "2", "--save-as", "renewals")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                calls + ": a call named 'renewals' is saved already (line 2); give another name");
        assertThat(out.toString()).as("the call is not made").isEmpty();

        err.getBuffer().setLength(0);
        assertThat(run("simulate", library.toString(), "--save-as", "interactive")).isEqualTo(2);
        assertThat(err.toString()).contains("--save-as needs --keys");
        assertThat(Files.readString(calls)).isEqualTo(written);
    }

    private static JsonNode call(JsonNode report, String id) {
        for (JsonNode call : report.path("calls")) {
            if (call.path("name").asText().startsWith(id + " ")) {
                return call;
            }
        }
        throw new AssertionError("no call " + id + " in " + report);
    }

    private static int lineOf(String text, String name) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("- name: \"" + name + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no call named " + name);
    }

    private static List<SavedCall> savedCalls() throws IOException {
        List<SavedCall> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(FLOWS)) {
            for (Path file : files.filter(SavedCallsFile::isCallsFile).sorted().toList()) {
                SavedCallsFile read = SavedCallsReader.read(file);
                assertThat(read.problems()).as(file.toString()).isEmpty();
                calls.addAll(read.calls());
            }
        }
        return calls;
    }

    /** citizen-line.calls.yaml in a copy of examples/flows, changed by {@code edit} (which must change it). */
    private Path citizenCallsChanged(UnaryOperator<String> edit) throws IOException {
        Path calls = copyOfTheExampleFlows().resolve("citizen-line.calls.yaml");
        String text = Files.readString(calls);
        String changed = edit.apply(text);
        assertThat(changed).as("the edited calls").isNotEqualTo(text);
        Files.writeString(calls, changed);
        return calls;
    }

    /** examples/flows with its calendars and rules, in a directory of the test's own. */
    private Path copyOfTheExampleFlows() throws IOException {
        Path copy = dir.resolve("flows");
        try (Stream<Path> files = Files.walk(FLOWS)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(FLOWS.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
