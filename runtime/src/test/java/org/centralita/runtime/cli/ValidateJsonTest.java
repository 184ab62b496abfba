package org.centralita.runtime.cli;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code centralita validate PATH --format json}: every problem of a flows directory (its flows,
 * the Drools compiler's messages about its rule files, its calendars) as one JSON document on
 * standard output, with file, line, column, severity, message, node and field.
 */
class ValidateJsonTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "flows").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyTheExamples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = dir.resolve(EXAMPLES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private List<JsonNode> problems() throws IOException {
        JsonNode root = new ObjectMapper().readTree(out.toString());
        List<JsonNode> list = new ArrayList<>();
        root.get("problems").forEach(list::add);
        return list;
    }

    @Test
    void shouldWriteAValidDirectoryAsValidWithoutErrors() throws IOException {
        assertThat(run("validate", dir.toString(), "--format", "json")).isZero();

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("valid").asBoolean()).isTrue();
        assertThat(problems()).noneMatch(p -> p.get("severity").asText().equals("error"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldWriteEveryProblemOfFlowsRulesAndCalendarsWithWhereItIs() throws IOException {
        // given the examples with a dangling outcome, a Drools compile error and a bad calendar
        replace("bank-main.flow.yaml", "    prompt: welcome\n    next: check-hours\n", "    prompt: welcome\n    next: check-hour\n");
        replace("rules/bank-routing.drl", "$d.outcome(\"vip\");", "$d.outcome(\"vip\")  ;; oops(");
        replace("calendars/bank-contact-center.yaml", "mon-fri: [\"08:00-20:00\"]", "mon-fri: [\"08:00-27:00\"]");

        // when the directory is validated as JSON
        int status = run("validate", dir.toString(), "--format", "json");

        // then it is invalid, nothing on standard error, and each problem is where it is written
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
        assertThat(new ObjectMapper().readTree(out.toString()).get("valid").asBoolean()).isFalse();
        List<JsonNode> problems = problems();
        assertThat(problems).allSatisfy(p -> assertThat(p.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("file", "line", "column", "severity", "message", "node", "field"));

        Path flow = dir.resolve("bank-main.flow.yaml");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo(flow.toString());
            assertThat(p.get("line").asInt()).isEqualTo(lineOf(flow, "next: check-hour"));
            assertThat(p.get("column").asInt()).isEqualTo(11);
            assertThat(p.get("severity").asText()).isEqualTo("error");
            assertThat(p.get("node").asText()).isEqualTo("greet");
            assertThat(p.get("field").asText()).isEqualTo("next");
            assertThat(p.get("message").asText()).contains("check-hour");
        });
        Path rules = dir.resolve("rules/bank-routing.drl");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo(rules.toString());
            assertThat(p.get("severity").asText()).isEqualTo("error");
            assertThat(p.get("line").asInt()).isBetween(lineOf(rules, "oops(") - 1, lineOf(rules, "oops(") + 1);
        });
        Path calendar = dir.resolve("calendars/bank-contact-center.yaml");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo(calendar.toString());
            assertThat(p.get("severity").asText()).isEqualTo("error");
            assertThat(p.get("line").asInt()).isEqualTo(lineOf(calendar, "27:00"));
            assertThat(p.get("message").asText()).contains("27:00");
        });
    }

    @Test
    void shouldKeepTextTheDefaultAndRefuseAnUnknownFormat() throws IOException {
        replace("bank-main.flow.yaml", "next: check-hours", "next: check-hour");

        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(": error: node 'greet': ");

        assertThat(run("validate", dir.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format").doesNotContain("Exception");
    }
}
