package org.centralita.flows.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.centralita.flows.yaml.FlowReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowReaderTest {

    @Test
    void shouldReadTheSectionsOfAFlow() throws Exception {
        // given
        String text = """
                centralita: 1
                id: bank-main
                languages: [en-US, es-ES]
                start: greet
                defaults: {timeout: 7s, retries: 2}
                variables:
                  pin: {type: digits, sensitive: true}
                  vip: {type: boolean, default: false}
                prompts:
                  welcome: {en-US: Welcome., es-ES: Bienvenido.}
                nodes:
                  greet: {type: play, prompt: welcome, next: bye}
                  bye: {type: hangup}
                """;

        // when
        Flow flow = FlowReader.read("bank-main.flow.yaml", text);

        // then
        assertThat(flow.id()).isEqualTo("bank-main");
        assertThat(flow.languages()).containsExactly("en-US", "es-ES");
        assertThat(flow.start()).contains("greet");
        assertThat(flow.defaults().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(flow.defaults().retries()).isEqualTo(2);
        assertThat(flow.defaults().interDigitTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(flow.isSensitive("pin")).isTrue();
        assertThat(flow.isSensitive("vip")).isFalse();
        assertThat(flow.prompts()).containsKey("welcome");
        assertThat(flow.nodes().keySet()).containsExactly("greet", "bye");
        assertThat(flow.node("greet").orElseThrow().typeName()).isEqualTo("play");
        assertThat(flow.node("greet").orElseThrow().position().line()).isEqualTo(12);
    }

    @Test
    void shouldRefuseAnUnknownFormatVersionAtItsLine() {
        assertThatThrownBy(() -> FlowReader.read("f.flow.yaml", "id: x\ncentralita: 2\n"))
                .isInstanceOf(FlowReadException.class)
                .extracting(e -> ((FlowReadException) e).describe())
                .isEqualTo("f.flow.yaml:2:13: error: unknown format version '2': this Centralita reads version 1");
    }

    @Test
    void shouldRefuseAFileWithoutTheFormatVersion() {
        assertThatThrownBy(() -> FlowReader.read("f.flow.yaml", "id: x\n"))
                .hasMessageContaining("missing 'centralita: 1'");
    }

    @Test
    void shouldRefuseADocumentThatIsNotAMap() {
        assertThatThrownBy(() -> FlowReader.read("f.flow.yaml", "- a\n- b\n"))
                .hasMessageContaining("not a list");
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.flow.yaml");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff});

        assertThatThrownBy(() -> FlowReader.read(file))
                .isInstanceOf(FlowReadException.class)
                .hasMessageContaining("not a text file");
    }

    @Test
    void shouldLoadEveryFlowOfADirectoryAndReportUnreadableOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.flow.yaml"), "centralita: 1\nid: a\n");
        Files.writeString(dir.resolve("b.flow.yaml"), "centralita: 1\nid: [\n");
        Files.writeString(dir.resolve("notes.txt"), "not a flow");

        FlowSet set = FlowSet.load(java.util.List.of(dir, dir.resolve("missing.flow.yaml")));

        assertThat(set.flows()).extracting(Flow::id).containsExactly("a");
        assertThat(set.readProblems()).hasSize(2);
        assertThat(set.readProblems().get(0).format()).contains("b.flow.yaml:").contains("YAML syntax");
        assertThat(set.readProblems().get(1).format()).endsWith("missing.flow.yaml:1:1: error: no such file or directory");
    }

    @Test
    void shouldLeaveOutTheFlowFilesNotWanted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.flow.yaml"), "centralita: 1\nid: a\n");
        Files.writeString(dir.resolve("b.flow.yaml"), "centralita: 1\nid: [\n");
        Files.writeString(dir.resolve("c.flow.yaml"), "centralita: 1\nid: c\n");

        FlowSet set = FlowSet.load(java.util.List.of(dir), file -> !file.getFileName().toString().startsWith("b"));

        assertThat(set.flows()).extracting(Flow::id).containsExactly("a", "c");
        assertThat(set.readProblems()).isEmpty();
    }
}
