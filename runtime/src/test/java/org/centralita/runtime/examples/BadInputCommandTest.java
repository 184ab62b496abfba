package org.centralita.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.runtime.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input through the command line, as a user makes it: every problem is one line on standard
 * error ({@code file:line:col: error: ...} where a file is involved), the exit status is the
 * contract's (1 invalid input, 2 wrong usage), and never a stack trace.
 */
class BadInputCommandTest {

    private static final String PIN_FLOW = """
            centralita: 1
            id: pin
            start: ask
            variables:
              pin: {type: digits, sensitive: true}
            nodes:
              ask: {type: input, prompt: "Your PIN?", store: pin, next: bye, max-retries: bye}
              bye: {type: hangup}
            """;

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code validate FILE} or {@code simulate FILE --keys=1 ...}. */
    private int run(String command, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of(command, file.toString()));
        if (command.equals("simulate")) {
            args.add("--keys=1");
        }
        args.addAll(List.of(more));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<String> errorLines() {
        return err.toString().lines().toList();
    }

    /** Each line of standard error is one problem at a line and column of one of {@code files}; no stack trace. */
    private void assertEveryLineIsAProblemIn(Path... files) {
        String anyFile = String.join("|", List.of(files).stream().map(f -> "\\Q" + f + "\\E").toList());
        assertThat(errorLines()).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches("(" + anyFile + "):\\d+:\\d+: error: .+"));
        assertNoStackTrace();
    }

    /** {@code command} on {@code flow} exits 1 with one line: the problem at {@code at} saying {@code says}. */
    private void assertOneProblem(String command, Path flow, String at, String says) {
        assertThat(run(command, flow)).isEqualTo(1);
        assertEveryLineIsAProblemIn(flow);
        assertThat(errorLines()).singleElement().asString().startsWith(flow + at).contains(says);
    }

    private void assertNoStackTrace() {
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportAYamlSyntaxErrorAtItsPlace(String command) throws IOException {
        // given a flow whose YAML does not parse
        Path flow = write("broken.flow.yaml", "centralita: 1\nid: broken\nnodes: {a: [1, 2}\n");

        // when it is read, then one line at the place of the syntax error, exit 1
        assertOneProblem(command, flow, ":3:", "YAML syntax");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportAnEmptyFile(String command) throws IOException {
        Path flow = write("empty.flow.yaml", "");

        assertOneProblem(command, flow, ":1:1: error: ", "empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportAnUnknownFormatVersionAtTheVersion(String command) throws IOException {
        Path flow = write("future.flow.yaml", PIN_FLOW.replace("centralita: 1", "centralita: 99").replace("id: pin", "id: future"));

        assertOneProblem(command, flow, ":1:13: error: ", "'99'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldRefuseABinaryFile(String command) throws IOException {
        Path flow = dir.resolve("binary.flow.yaml");
        Files.write(flow, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, (byte) 0xff, (byte) 0xfe, 0, 0, 3, 0});

        assertOneProblem(command, flow, ":1:1: error: ", "not a text file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportAMissingRulesFileAtTheNodeThatNamesIt(String command) throws IOException {
        Path flow = write("routing.flow.yaml", """
                centralita: 1
                id: routing
                start: route
                nodes:
                  route: {type: rules, rules: rules/routing.drl, default: bye}
                  bye: {type: hangup}
                """);

        assertOneProblem(command, flow, ":5:31: error: node 'route': ", "'rules/routing.drl' does not exist");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportEveryExploitInAHostileRuleFileAtItsLine(String command) throws IOException {
        // given a rules node whose file holds the reported exploits
        Path flow = write("routing.flow.yaml", """
                centralita: 1
                id: routing
                start: route
                nodes:
                  route: {type: rules, rules: rules/hostile.drl, default: bye}
                  bye: {type: hangup}
                """);
        Path rules = write("rules/hostile.drl", """
                package hostile
                import org.centralita.rules.Decision;
                import function java.lang.System.getenv;
                rule "reflection"
                when
                    $d : Decision()
                then
                    "".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null);
                end
                rule "hidden"
                when
                    $d : Decision()
                then
                    $d.outcome("x"); // a note \\u000a Runtime.getRuntime().exec("id");
                end
                """);

        // when
        int status = run(command, command.equals("validate") ? dir : flow);

        // then each exploit is one line at its place in the rule file, and the flow does not run
        assertThat(status).isEqualTo(1);
        assertEveryLineIsAProblemIn(rules);
        assertThat(errorLines()).anySatisfy(line -> assertThat(line).startsWith(rules + ":3:1: error: node 'route': "
                + "'import function java.lang.System.getenv' is not allowed"));
        assertThat(errorLines()).anySatisfy(line -> assertThat(line).startsWith(rules + ":8:5: error: node 'route': "
                + "'getClass' is not allowed in rules: they cannot reach reflection"));
        assertThat(errorLines()).anySatisfy(line -> assertThat(line).startsWith(rules + ":14:")
                .contains("'Runtime' is not allowed in rules"));
        assertThat(out.toString()).doesNotContain("prompt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportAFileThatDoesNotExist(String command) {
        Path flow = dir.resolve("nowhere.flow.yaml");

        assertOneProblem(command, flow, "", "no such file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "simulate"})
    void shouldReportEveryErrorOfAFlowAndItsSubflowAtOnce(String command) throws IOException {
        // given a flow with two errors calling a subflow with one more
        Path main = write("main.flow.yaml", """
                centralita: 1
                id: main
                start: book
                nodes:
                  book: {type: subflow, flow: booking, next: gone}
                  bye: {type: hangpu}
                """);
        Path sub = write("booking.flow.yaml", """
                centralita: 1
                id: booking
                start: done
                nodes:
                  done: {type: return, outcome: booked, colour: red}
                """);

        // when the directory is validated, or the main flow simulated
        int status = run(command, command.equals("validate") ? dir : main);

        // then all three errors, one line each, in both files
        assertThat(status).isEqualTo(1);
        assertEveryLineIsAProblemIn(main, sub);
        assertThat(errorLines()).hasSize(3)
                .anyMatch(l -> l.startsWith(main + ":5:") && l.contains("unknown node 'gone'"))
                .anyMatch(l -> l.startsWith(main + ":6:") && l.contains("did you mean 'hangup'"))
                .anyMatch(l -> l.startsWith(sub + ":5:") && l.contains("'colour'"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--keys=1,x9            | 'x9' is not keys",
            "--at=tomorrow          | --at must be a date and time",
            "--var=pin              | KEY=VALUE",
            "--var=pn=1234          | has no variable 'pn'",
            "--var=pin=abcd         | variable 'pin' is a digits, and the sensitive value given is not one (not shown)",
            "--queue-result=maybe   | --queue-result must be one of delivered, overflow",
            "--transfer-result=busy-ish | --transfer-result must be one of",
            "--frobnicate           | Unknown option: '--frobnicate'"})
    void shouldSayWhatIsWrongWithAnOptionInOneLineAndExitTwo(String option, String message) throws IOException {
        // given a valid flow
        Path flow = write("pin.flow.yaml", PIN_FLOW);

        // when an option's value is wrong (the later --keys wins over run's --keys=1 only for --keys itself)
        int status = option.startsWith("--keys")
                ? Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "simulate", flow.toString(), option)
                : run("simulate", flow, option);

        // then one line naming the command and the problem, exit 2, nothing run
        assertThat(status).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString().startsWith("centralita simulate: ").contains(message)
                .endsWith("see 'centralita simulate --help'");
        assertNoStackTrace();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).as("the sensitive value given").doesNotContain("abcd");
    }

    @Test
    void shouldSayAnUnknownOptionOfValidateInOneLine() throws IOException {
        Path flow = write("pin.flow.yaml", PIN_FLOW);

        assertThat(run("validate", flow, "--strict")).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString().startsWith("centralita validate: Unknown option: '--strict'");
        assertNoStackTrace();
    }

    @Test
    void shouldSuggestTheCommandMeantByATypo() {
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "simulat", "x.flow.yaml")).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString().startsWith("centralita: ").contains("did you mean simulate");
        assertNoStackTrace();
    }
}
