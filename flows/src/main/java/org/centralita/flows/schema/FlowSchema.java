package org.centralita.flows.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.registry.OutcomeSpec;
import org.centralita.flows.validate.FlowSections;
import org.centralita.flows.validate.Names;

/**
 * The JSON Schema (draft 2020-12) of the flow format, generated from the node-type registry so
 * that editors can complete and check flow files. It states the shape; the validator states
 * everything else (references, loops, languages).
 */
public final class FlowSchema {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String DEFS = "#/$defs/";
    /** Node types are defined as {@code node-TYPE}, apart from the value definitions ({@code language}). */
    private static final String NODE_PREFIX = "node-";

    private FlowSchema() {
    }

    /** The schema as pretty-printed JSON text, ending with a newline. */
    public static String generate() {
        try {
            return JSON.writeValueAsString(schema()).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema cannot be written as JSON", e);
        }
    }

    /** The schema as a JSON tree. */
    public static ObjectNode schema() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://centralita.org/schemas/flows.schema.json");
        root.put("title", "Centralita flow file (format version 1)");
        root.put("type", "object");
        root.set("required", strings("centralita", "id", "start", "nodes"));
        root.put("additionalProperties", false);
        root.set("properties", topLevel());
        root.set("$defs", definitions());
        return root;
    }

    private static ObjectNode topLevel() {
        ObjectNode properties = JSON.createObjectNode();
        properties.set("centralita", JSON.createObjectNode().put("const", 1).put("description", "Format version"));
        properties.set("id", ref("id", "The flow's id, equal to the file name without .flow.yaml"));
        properties.set("name", text("Shown in the designer"));
        properties.set("description", text("What the flow is for"));
        ObjectNode languages = JSON.createObjectNode().put("type", "array").put("minItems", 1).put("uniqueItems", true)
                .put("description", "The languages of the flow, the default first");
        languages.set("items", ref("language", null));
        properties.set("languages", languages);
        properties.set("start", ref("id", "The first node"));
        properties.set("defaults", defaults());
        properties.set("on-error", ref("id", "Node taken when a node fails without its own error outcome"));
        properties.set("variables", mapOf("variableName", ref("variable", null), "Flow variables by name"));
        properties.set("prompts", mapOf("id", ref("prompt", null), "Reusable prompts by key"));
        properties.set("nodes", mapOf("id", ref("node", null), "The nodes by id"));
        ObjectNode place = JSON.createObjectNode().put("type", "object");
        place.putObject("properties").set("x", JSON.createObjectNode().put("type", "number"));
        ((ObjectNode) place.get("properties")).set("y", JSON.createObjectNode().put("type", "number"));
        properties.set("layout", mapOf("id", place, "Where the designer draws each node; the runtime ignores it"));
        return properties;
    }

    private static ObjectNode defaults() {
        ObjectNode defaults = JSON.createObjectNode().put("type", "object").put("additionalProperties", false)
                .put("description", "Defaults for the nodes that wait for the caller");
        ObjectNode properties = defaults.putObject("properties");
        for (FieldSpec field : FlowSections.DEFAULTS) {
            properties.set(field.name(), FieldSchemas.field(field, false));
        }
        return defaults;
    }

    private static ObjectNode definitions() {
        ObjectNode defs = JSON.createObjectNode();
        defs.set("id", pattern(Names.ID.pattern()));
        defs.set("variableName", pattern(Names.VARIABLE.pattern()));
        defs.set("language", pattern(Names.LANGUAGE.pattern()));
        defs.set("duration", pattern("\\d+(ms|s|m|h)").put("description", "300ms, 5s, 2m or 1h"));
        defs.set("expression", JSON.createObjectNode().put("description", "An expression over variables and call")
                .set("type", strings("string", "number", "boolean")));
        defs.set("variable", FieldSchemas.variable());
        FieldSchemas.prompts(defs);
        defs.set("node", node());
        for (NodeType type : NodeTypes.all()) {
            defs.set(NODE_PREFIX + type.name(), nodeType(type));
        }
        return defs;
    }

    private static ObjectNode node() {
        ObjectNode node = JSON.createObjectNode().put("type", "object");
        node.set("required", strings("type"));
        ArrayNode names = JSON.createArrayNode();
        NodeTypes.names().forEach(names::add);
        node.putObject("properties").putObject("type").set("enum", names);
        ArrayNode cases = node.putArray("allOf");
        for (NodeType type : NodeTypes.all()) {
            ObjectNode when = cases.addObject();
            when.putObject("if").putObject("properties").putObject("type").put("const", type.name());
            when.set("then", ref(NODE_PREFIX + type.name(), null));
        }
        return node;
    }

    private static ObjectNode nodeType(NodeType type) {
        ObjectNode schema = JSON.createObjectNode().put("type", "object").put("description", type.description())
                .put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        properties.set("type", JSON.createObjectNode().put("const", type.name()));
        properties.set("description", text("A note for the people who read the flow"));
        for (FieldSpec field : type.fields()) {
            properties.set(field.name(), FieldSchemas.field(field, type.dynamicOutcomes() == NodeType.DynamicOutcomes.OPTIONS));
            if (field.required()) {
                required.add(field.name());
            }
        }
        FieldSchemas.override(type, properties);
        for (OutcomeSpec outcome : type.outcomes()) {
            properties.set(outcome.name(), ref("id", outcome.description()));
            if (outcome.required()) {
                required.add(outcome.name());
            }
        }
        return schema;
    }

    static ObjectNode ref(String definition, String description) {
        ObjectNode ref = JSON.createObjectNode().put("$ref", DEFS + definition);
        return description == null ? ref : ref.put("description", description);
    }

    static ObjectNode text(String description) {
        return JSON.createObjectNode().put("type", "string").put("description", description);
    }

    static ObjectNode pattern(String regex) {
        return JSON.createObjectNode().put("type", "string").put("pattern", "^" + regex + "$");
    }

    static ObjectNode mapOf(String keyDefinition, ObjectNode values, String description) {
        ObjectNode map = JSON.createObjectNode().put("type", "object");
        if (description != null) {
            map.put("description", description);
        }
        map.set("propertyNames", ref(keyDefinition, null));
        map.set("additionalProperties", values);
        return map;
    }

    static ArrayNode strings(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
