package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not flows at all, and many broken files at once: one line each, all reported. */
class BadInputValidationTest {

    @TempDir
    Path flows;

    private static final String GOOD = """
            centralita: 1
            id: good
            start: bye
            nodes:
              bye: {type: hangup}
            """;

    @Test
    void shouldReportEachUnreadableFileInOneLineWithItsPlace() throws IOException {
        // given a YAML syntax error, an empty file, an unknown version, a menu repeating a key, and a binary file
        ValidationFixture.write(flows, Map.of(
                "a-syntax.flow.yaml", "centralita: 1\nid: a-syntax\nnodes: {a: [1, 2}\n",
                "b-empty.flow.yaml", "\n",
                "c-version.flow.yaml", "centralita: 2\nid: c-version\n",
                "d-keys.flow.yaml", """
                        centralita: 1
                        id: d-keys
                        start: m
                        nodes:
                          m:
                            type: menu
                            prompt: Choose.
                            options:
                              1: {next: m}
                              "1": {next: m}
                            max-retries: m
                        """,
                "good.flow.yaml", GOOD));
        Files.write(flows.resolve("e-binary.flow.yaml"), new byte[] {'c', ':', ' ', (byte) 0xC3, 0x28, 0, 1, 2});
        // when the directory is validated
        List<String> problems = ValidationFixture.problems(flows, ValidationOptions.defaults());
        // then each file has one line naming its place, and the good file none
        assertThat(problems).containsExactly(
                "a-syntax.flow.yaml:3:17: error: YAML syntax: expected ',' or ']', but got }",
                "b-empty.flow.yaml:1:1: error: the file is empty",
                "c-version.flow.yaml:1:13: error: unknown format version '2': this Centralita reads version 1",
                "d-keys.flow.yaml:10:7: error: duplicate key '1' (first at line 9)",
                "e-binary.flow.yaml:1:1: error: this is not a text file (binary or not UTF-8 content); a flow is a UTF-8 YAML file");
    }

    @Test
    void shouldReportEveryErrorOfEveryFileAtOnce() throws IOException {
        // given two flows, each with its own errors
        ValidationFixture.write(flows, Map.of(
                "one.flow.yaml", """
                        centralita: 1
                        id: one
                        start: a
                        nodes:
                          a: {type: play, prompt: Hi., next: b}
                        """,
                "two.flow.yaml", """
                        centralita: 1
                        id: two
                        start: a
                        nodes:
                          a: {type: plya}
                          b: {type: hangup, promt: Bye.}
                        """));
        // when both are validated together
        List<String> problems = ValidationFixture.problems(flows, ValidationOptions.defaults());
        // then the errors of both files are reported, by file and line
        assertThat(problems).containsExactly(
                "one.flow.yaml:5:38: error: node 'a': outcome 'next' goes to unknown node 'b'",
                "two.flow.yaml:5:13: error: node 'a': unknown node type 'plya' (did you mean 'play'?)",
                "two.flow.yaml:6:21: error: node 'b': unknown field 'promt' for a hangup node (did you mean 'prompt'?)");
    }

    @Test
    void shouldReportAFileNamedThatDoesNotExist() {
        // given a path that is not there; when validated
        List<String> problems = new Validator().validate(
                org.centralita.flows.model.FlowSet.load(List.of(flows.resolve("nope.flow.yaml")))).lines();
        // then one line names it
        assertThat(problems).containsExactly(flows.resolve("nope.flow.yaml") + ":1:1: error: no such file or directory");
    }

    @Test
    void shouldReportTwoFilesClaimingOneFlowId() throws IOException {
        // given a second file whose id is the first's
        ValidationFixture.write(flows, Map.of("good.flow.yaml", GOOD, "sub/good.flow.yaml", GOOD));
        // when validated; then the second is reported
        assertThat(ValidationFixture.problems(flows, ValidationOptions.defaults())).containsExactly(
                "sub/good.flow.yaml:2:5: error: flow id 'good' is already the id of good.flow.yaml");
    }
}
