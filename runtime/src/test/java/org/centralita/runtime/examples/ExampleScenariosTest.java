package org.centralita.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowReader;
import org.centralita.runtime.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scripted call of examples/SCENARIOS.md, run through the real command line
 * ({@code simulate ... --config --trace -}) against a real local CRM serving
 * examples/crm/accounts.json; the JSON-lines trace must show the row's path and end.
 */
class ExampleScenariosTest {

    private static final Path ROOT = RepositoryRoot.find();

    @TempDir
    static Path dir;
    private static ExampleCrm crm;
    private static Path config;

    @BeforeAll
    static void startTheCrmAndPointTheConfigurationAtIt() throws IOException {
        crm = new ExampleCrm(ROOT.resolve("examples/crm/accounts.json"));
        config = crm.examplesConfigIn(ROOT, dir);
    }

    @AfterAll
    static void stopTheCrm() {
        crm.close();
    }

    static List<Scenario> scenarios() throws IOException {
        return ScenarioTable.read(ROOT.resolve("examples/SCENARIOS.md"));
    }

    @Test
    void shouldReadEveryRowOfTheScenarioTables() throws IOException {
        List<Scenario> scenarios = scenarios();

        assertThat(scenarios).hasSize(68);
        assertThat(scenarios).extracting(Scenario::id).doesNotHaveDuplicates();
        assertThat(scenarios).allSatisfy(s -> assertThat(s.path()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldFollowTheScriptedCall(Scenario scenario) throws IOException {
        // given the row's options, keys and the examples' configuration pointing at the test CRM
        List<String> args = arguments(scenario);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when the call is simulated through the command line
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));

        // then it ran, entered the row's nodes in order and ended as the row says
        assertThat(status).as("exit status of %s; stderr:%n%s", args, err).isZero();
        assertThat(err.toString()).as("stderr").doesNotContain(": error: ", "Exception");
        TraceLines trace = TraceLines.parse(out.toString());
        assertThat(trace.path()).as("path").containsExactlyElementsOf(scenario.path());
        SoftAssertions softly = new SoftAssertions();
        new EndCheck(softly, trace).check(EndCell.parse(scenario.end()));
        checkSecretsMasked(softly, scenario, trace);
        softly.assertAll();
    }

    private static List<String> arguments(Scenario scenario) {
        List<String> args = new ArrayList<>(List.of("simulate", ROOT.resolve(scenario.flowFile()).toString()));
        args.addAll(scenario.options().subList(1, scenario.options().size()));
        args.addAll(List.of("--config", config.toString(), "--trace", "-", "--keys=" + scenario.keys()));
        return args;
    }

    /** Keys typed at inputs that store a sensitive variable, and values of such variables, read "***". */
    private static void checkSecretsMasked(SoftAssertions softly, Scenario scenario, TraceLines trace) {
        Flow flow = readFlow(ROOT.resolve(scenario.flowFile()));
        Set<String> secrets = flow.variables().values().stream().filter(v -> v.sensitive())
                .map(v -> v.name()).collect(Collectors.toSet());
        Set<String> secretInputs = flow.nodes().values().stream()
                .filter(n -> n.text("store").filter(secrets::contains).isPresent())
                .map(n -> n.id()).collect(Collectors.toSet());
        for (JsonNode input : trace.events("input")) {
            // The answer to a read-back (1 or 2) is marked confirm: true; the entry itself is the secret.
            if (secretInputs.contains(input.path("node").asText()) && !input.path("confirm").asBoolean()) {
                softly.assertThat(input.path("value").asText()).as("input at %s", input.path("node")).isEqualTo("***");
            }
        }
        for (JsonNode assign : trace.events("assign")) {
            if (secrets.contains(assign.path("variable").asText())) {
                softly.assertThat(assign.path("value").asText()).as("assign of %s", assign.path("variable")).isEqualTo("***");
            }
        }
        for (JsonNode queue : trace.events("queue")) {
            softly.assertThat(queue.path("context").fieldNames()).as("context handed to the agent")
                    .toIterable().noneMatch(secrets::contains);
        }
    }

    private static Flow readFlow(Path file) {
        try {
            return FlowReader.read(file);
        } catch (Exception e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
    }
}
