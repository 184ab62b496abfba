package org.centralita.flows.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlDocumentReaderTest {

    @Test
    void shouldKeepLineAndColumnOfEveryElement() throws Exception {
        // given
        String text = """
                id: bank
                nodes:
                  greet: {type: play, next: menu}
                """;

        // when
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocumentReader.read("f.yaml", text);

        // then
        YamlNode.Mapping nodes = (YamlNode.Mapping) root.get("nodes").orElseThrow();
        YamlNode.Entry greet = nodes.entry("greet").orElseThrow();
        assertThat(greet.keyPosition()).isEqualTo(new SourcePosition("f.yaml", 3, 3));
        YamlNode next = ((YamlNode.Mapping) greet.value()).get("next").orElseThrow();
        assertThat(next.position()).isEqualTo(new SourcePosition("f.yaml", 3, 29));
        assertThat(((YamlNode.Scalar) next).value()).isEqualTo("menu");
    }

    @Test
    void shouldRefuseDuplicateKeysNamingBothLines() {
        String text = "a: 1\nb: 2\na: 3\n";

        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", text))
                .isInstanceOf(FlowReadException.class)
                .extracting(e -> ((FlowReadException) e).describe())
                .isEqualTo("f.yaml:3:1: error: duplicate key 'a' (first at line 1)");
    }

    @Test
    void shouldReportSyntaxErrorsOnOneLineWithTheirPosition() {
        String text = "a: [1, 2\nb: 3\n";

        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", text))
                .isInstanceOf(FlowReadException.class)
                .satisfies(e -> {
                    String line = ((FlowReadException) e).describe();
                    assertThat(line).startsWith("f.yaml:2:").contains("error: YAML syntax:").doesNotContain("\n");
                });
    }

    @Test
    void shouldRefuseEmptyAndBinaryContent() {
        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", "  \n# only a comment\n"))
                .hasMessage("the file is empty");
        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", "id: x\n\u0000\u0001"))
                .hasMessageContaining("not a text file");
    }

    @Test
    void shouldRefuseAnchorsAndAliases() {
        String text = "a: &x {b: 1}\nc: *x\n";

        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", text))
                .isInstanceOf(FlowReadException.class)
                .hasMessageContaining("anchors and aliases");
    }

    @Test
    void shouldTellQuotedTextFromPlainAndNull() throws Exception {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocumentReader.read("f", "a: '1'\nb: 1\nc:\n");

        assertThat(((YamlNode.Scalar) root.get("a").orElseThrow()).quoted()).isTrue();
        assertThat(((YamlNode.Scalar) root.get("b").orElseThrow()).quoted()).isFalse();
        assertThat(((YamlNode.Scalar) root.get("c").orElseThrow()).isNull()).isTrue();
        assertThat(root.text("c")).isEmpty();
    }
}
