package org.centralita.flows.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.yaml.YamlNode;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The generated JSON Schema: committed up to date, accepting real flows and refusing bad ones. */
class FlowSchemaTest {

    private static final Path COMMITTED = Path.of("../docs/flows.schema.json");
    private static final Path FLOWS = Path.of("src/test/resources/flows");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(FlowSchema.generate());

    @Test
    void shouldMatchTheCommittedSchemaFile() throws IOException {
        // given the schema generated from the registry
        String generated = FlowSchema.generate();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        // when it differs from docs/flows.schema.json, the file is rewritten (commit it) and the test fails
        if (!generated.equals(committed)) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/flows.schema.json was stale and has been regenerated: commit it")
                .isEqualTo(generated);
    }

    @Test
    void shouldAcceptFlowsUsingEveryNodeType() throws Exception {
        // given flows written the way analysts write them; when checked against the schema; then nothing is wrong
        assertThat(errors(read(FLOWS.resolve("bank-main.flow.yaml")))).isEmpty();
        assertThat(errors(read(FLOWS.resolve("identify-caller.flow.yaml")))).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownNodeType() throws Exception {
        // given a node whose type is misspelt
        JsonNode flow = json("""
                centralita: 1
                id: t
                start: a
                nodes:
                  a: {type: plya, prompt: Hi., next: a}
                """);
        // when checked; then the type is refused
        assertThat(errors(flow)).anyMatch(m -> m.getInstanceLocation().toString().equals("$.nodes.a.type"));
    }

    @Test
    void shouldRejectAnUnknownFieldAndAMissingOutcome() throws Exception {
        // given a play node with a misspelt field and no next
        JsonNode flow = json("""
                centralita: 1
                id: t
                start: a
                nodes:
                  a: {type: play, promt: Hi.}
                """);
        // when checked; then both are refused
        assertThat(errors(flow)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("promt")).anyMatch(m -> m.contains("next"));
    }

    private static Set<ValidationMessage> errors(JsonNode flow) {
        return SCHEMA.validate(flow);
    }

    private static JsonNode read(Path file) throws Exception {
        return json(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static JsonNode json(String yaml) throws Exception {
        return toJson(FlowReader.read("t.flow.yaml", yaml).root());
    }

    /** A flow as the JSON an editor would check: plain scalars typed as YAML resolves them. */
    private static JsonNode toJson(YamlNode node) {
        JsonNodeFactory factory = new ObjectMapper().getNodeFactory();
        if (node instanceof YamlNode.Mapping map) {
            ObjectNode object = factory.objectNode();
            map.entries().forEach((key, entry) -> object.set(key, toJson(entry.value())));
            return object;
        }
        if (node instanceof YamlNode.Sequence list) {
            ArrayNode array = factory.arrayNode();
            list.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        Tag tag = scalar.quoted() ? Tag.STR : new Resolver().resolve(NodeId.scalar, scalar.value(), true);
        if (tag.equals(Tag.NULL)) {
            return factory.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return factory.booleanNode(Boolean.parseBoolean(scalar.value()));
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return factory.numberNode(new BigDecimal(scalar.value()));
        }
        return factory.textNode(scalar.value());
    }
}
