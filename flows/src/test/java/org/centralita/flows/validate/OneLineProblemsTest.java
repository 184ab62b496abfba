package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A message that quotes a value written with line breaks or control characters stays one safe line. */
class OneLineProblemsTest {

    @Test
    void shouldWriteLineBreaksAndControlCharactersOfAQuotedValueAsEscapes() {
        // given a flow whose start names a node with a line break, an escape sequence and a bell
        String flow = """
                centralita: 1
                id: t
                start: "gre\\net\\e[2J\\u0007"
                nodes:
                  greet: {type: hangup}
                """;

        // when it is validated
        List<String> problems = ValidationFixture.problems(flow);

        // then the problem is one line, every such character written as an escape
        assertThat(problems).isNotEmpty().allSatisfy(line ->
                assertThat(line).doesNotContain("\n", "\r", "\u001B", "\u0007"));
        assertThat(problems).anyMatch(line -> line.contains("gre\\net\\e[2J\\u0007"));
    }

    @Test
    void shouldKeepPlainTextAsItIs() {
        // given a message with accents, quotes and a tab-free sentence; when it is made printable
        String shown = PrintableText.of("node 'menú': prompt \"¿Qué?\" has no es-ES text");
        // then nothing changes
        assertThat(shown).isEqualTo("node 'menú': prompt \"¿Qué?\" has no es-ES text");
    }
}
