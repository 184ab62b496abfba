package org.centralita.flows.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.flows.registry.NodeTypes;
import org.junit.jupiter.api.Test;

/** docs/flow-format.md carries the node-type reference generated from the registry, up to date. */
class FormatReferenceTest {

    private static final Path DOC = Path.of("../docs/flow-format.md");

    @Test
    void shouldKeepTheGeneratedNodeReferenceOfTheDocUpToDate() throws IOException {
        // given the document and the reference generated now
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(FormatReference.BEGIN);
        String handWritten = begin < 0 ? doc : doc.substring(0, begin);
        String expected = handWritten + FormatReference.nodeTypes();
        // when the generated part differs, it is rewritten (commit it) and the test fails
        if (!expected.equals(doc)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/flow-format.md was stale and has been regenerated: commit it").isEqualTo(expected);
    }

    @Test
    void shouldDescribeEveryNodeTypeAndField() {
        // given the generated reference; then every type and every field of the registry is in it
        String reference = FormatReference.nodeTypes();
        NodeTypes.all().forEach(type -> {
            assertThat(reference).contains("### `" + type.name() + "`");
            type.fields().forEach(field -> assertThat(reference).contains("| `" + field.name() + "` |"));
        });
    }
}
