package org.centralita.flows.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.yaml.YamlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The writer: a stable layout, and text that reads back as the same tree. */
class FlowWriterTest {

    @Test
    void shouldWriteBlockStyleWithOneLineLayoutAndQuotesOnlyWhereNeeded() throws Exception {
        // given a flow written in flow style with needless quotes
        String written = """
                centralita: 1
                id: 'demo'
                start: "menu"
                defaults: {terminator: '#', timeout: "5s"}
                variables: {code: {type: text, default: "007"}, flag: {type: boolean, default: 'true'}}
                nodes:
                  menu: {type: menu, prompt: "Press 1: balance. Press * to repeat.", options: {'1': {say: [balance], next: bye}, '*': {next: menu}}, max-retries: bye}
                  bye: {type: hangup, prompt: "Goodbye!"}
                layout:
                  menu:
                    x: 40
                    y: 40
                """;
        // when written
        String text = FlowWriter.write(FlowReader.read("demo.flow.yaml", written).root());
        // then it is block style, layout entries on one line, quotes only where YAML needs them
        assertThat(text).isEqualTo("""
                centralita: 1
                id: demo
                start: menu
                defaults:
                  terminator: "#"
                  timeout: 5s
                variables:
                  code:
                    type: text
                    default: "007"
                  flag:
                    type: boolean
                    default: "true"
                nodes:
                  menu:
                    type: menu
                    prompt: "Press 1: balance. Press * to repeat."
                    options:
                      1:
                        say:
                          - balance
                        next: bye
                      "*":
                        next: menu
                    max-retries: bye
                  bye:
                    type: hangup
                    prompt: Goodbye!
                layout:
                  menu: {x: 40, y: 40}
                """);
    }

    static Stream<Arguments> styles() throws Exception {
        return Stream.of(
                Arguments.of("every node type, mixed styles", Files.readString(
                        Path.of("src/test/resources/flows/bank-main.flow.yaml"), StandardCharsets.UTF_8)),
                Arguments.of("block text, folded text, comments, unicode", """
                        # a comment the writer drops
                        centralita: 1
                        id: texts
                        start: a
                        prompts:
                          long: |
                            First line.
                            Second line: with a colon.
                          folded: >
                            One paragraph
                            folded into one line.
                          spanish: "Adiós, señor — ¿qué tal?"
                        nodes:
                          a: {type: hangup, prompt: long}   # trailing comment
                        """),
                Arguments.of("tricky scalars", """
                        centralita: 1
                        id: tricky
                        start: a
                        variables:
                          x: {type: text, default: ''}
                          y: {type: text, default: "null"}
                          z: {type: text, default: "- dash"}
                          w: {type: number, default: -1.5}
                          v: {type: text, default: " padded "}
                          d: {type: date, default: 2026-12-25}
                          q: {type: text, default: 'it''s "quoted"'}
                          h: {type: text, default: "a #hash"}
                          e: {type: text, default: ~}
                        nodes:
                          a:
                            type: decision
                            branches:
                              - when: 'call.ani.startsWith("+34")'
                                next: a
                              - {when: "x == 'y' && !empty(z)", next: a}
                            else: a
                          b: {type: set, assign: {}, next: a}
                        layout: {a: {x: 1, y: -2.5}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void shouldReadBackTheSameTreeAndWriteTheSameTextAgain(String description, String yaml) throws Exception {
        // given a flow as someone wrote it
        YamlNode.Mapping original = FlowReader.read("t.flow.yaml", yaml).root();
        // when it is written and read back, then written again
        String once = FlowWriter.write(original);
        YamlNode.Mapping reread = FlowReader.read("t.flow.yaml", once).root();
        String twice = FlowWriter.write(reread);
        // then the tree has the same values and structure, and the text does not change
        assertThat(shape(reread)).isEqualTo(shape(original));
        assertThat(twice).isEqualTo(once);
    }

    /** Values and structure without positions: scalars as their YAML type and text, keys in order. */
    private static Object shape(YamlNode node) {
        if (node instanceof YamlNode.Mapping map) {
            List<Object> entries = new ArrayList<>();
            map.entries().forEach((key, entry) -> entries.add(Map.entry(key, shape(entry.value()))));
            return entries;
        }
        if (node instanceof YamlNode.Sequence list) {
            return list.items().stream().map(FlowWriterTest::shape).toList();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (scalar.isNull()) {
            return "null";
        }
        String type = scalar.quoted() ? "str" : new Resolver().resolve(NodeId.scalar, scalar.value(), true).getValue();
        return type.replace("tag:yaml.org,2002:", "") + ":" + scalar.value();
    }
}
