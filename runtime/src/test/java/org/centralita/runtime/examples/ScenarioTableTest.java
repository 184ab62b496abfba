package org.centralita.runtime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario tables read as written: section options, row overrides, "as" references, end details. */
class ScenarioTableTest {

    private static final String TABLES = """
            ## flow

            Also: `examples/flows/f.flow.yaml --ani +1 --dnis +2`, and
            `--at 2026-11-24T10:00:00-05:00` unless the row says otherwise (zone `-05:00`).

            | # | what | options | `--keys` | path | end |
            |---|---|---|---|---|---|
            | B01 | one | `--ani +44 --queue-result overflow` | `1,,` | a, b, [c, d], e | `queue` gold, priority 8, context {account: 11, name: Sam Patel}; rules outcome `vip`, fired "R1, flagged", "R2" |
            | B02 | two | as B01 with `--fail b --fail c` | as B01 | as B01, then f | as B01 (crm status `timeout`) |
            | B03 | three | | `,7,` | a | `hangup` (balance-menu no-input attempts 1, 2, no-match 3; prompts in es-ES from b on) |
            """;

    @TempDir
    Path dir;

    private List<Scenario> read() throws IOException {
        return ScenarioTable.read(Files.writeString(dir.resolve("SCENARIOS.md"), TABLES));
    }

    @Test
    void shouldLetARowOverrideTheSectionsOptionsAndAddRepeatableOnes() throws IOException {
        List<Scenario> rows = read();

        assertThat(rows.get(0).options()).containsExactly("examples/flows/f.flow.yaml", "--dnis", "+2",
                "--at", "2026-11-24T10:00:00-05:00", "--ani", "+44", "--queue-result", "overflow");
        assertThat(rows.get(1).options()).endsWith("--fail", "b", "--fail", "c");
        assertThat(rows.get(2).options()).hasSize(7);
    }

    @Test
    void shouldResolveAsReferencesForKeysPathAndEnd() throws IOException {
        Scenario second = read().get(1);

        assertThat(second.keys()).isEqualTo("1,,");
        assertThat(second.path()).containsExactly("a", "b", "c", "d", "e", "f");
        EndCell end = EndCell.parse(second.end());
        assertThat(end.queue()).isEqualTo("gold");
        assertThat(end.crmStatus()).isEqualTo("timeout");
        assertThat(end.rulesOutcome()).as("written outside the parentheses, so kept").isEqualTo("vip");
    }

    @Test
    void shouldReadTheStructuredPartsOfTheEnd() throws IOException {
        EndCell queued = EndCell.parse(read().get(0).end());
        EndCell hungUp = EndCell.parse(read().get(2).end());

        assertThat(queued.outcome()).isEqualTo("queue");
        assertThat(queued.priority()).isEqualTo(8);
        assertThat(queued.context()).isEqualTo(Map.of("account", "11", "name", "Sam Patel"));
        assertThat(queued.rulesOutcome()).isEqualTo("vip");
        assertThat(queued.fired()).containsExactly("R1, flagged", "R2");
        assertThat(queued.spoken()).isEmpty();
        assertThat(hungUp.outcome()).isEqualTo("hangup");
        assertThat(hungUp.attempts()).containsExactly("no-input 1", "no-input 2", "no-match 3");
        assertThat(hungUp.promptLanguage()).isEqualTo("es-ES");
        assertThat(hungUp.promptLanguageFrom()).isEqualTo("b");
    }
}
