package org.centralita.flows.schema;

import static org.centralita.flows.schema.FlowSchema.JSON;
import static org.centralita.flows.schema.FlowSchema.mapOf;
import static org.centralita.flows.schema.FlowSchema.pattern;
import static org.centralita.flows.schema.FlowSchema.ref;
import static org.centralita.flows.schema.FlowSchema.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.validate.FlowSections;
import org.centralita.flows.validate.PromptForms;

/** The schema of each field kind, of prompts and their segments, and of variable declarations. */
final class FieldSchemas {

    private static final String STRING = "string";
    private static final String TYPE = "type";

    private FieldSchemas() {
    }

    /** A field's schema; {@code menuOptions} tells a menu's options from a language node's. */
    static ObjectNode field(FieldSpec field, boolean menuOptions) {
        ObjectNode schema = kind(field, menuOptions);
        schema.put("description", field.description());
        if (field.defaultValue() != null && !field.defaultValue().startsWith("defaults.")) {
            schema.put("default", field.defaultValue());
        }
        return schema;
    }

    private static ObjectNode kind(FieldSpec field, boolean menuOptions) {
        return switch (field.kind()) {
            case DURATION -> ref("duration", null);
            case INTEGER -> JSON.createObjectNode().put(TYPE, "integer").put("minimum", 0);
            case DECIMAL -> JSON.createObjectNode().put(TYPE, "number");
            case PHRASES -> phrases();
            case BOOLEAN -> JSON.createObjectNode().put(TYPE, "boolean");
            case EXPRESSION, VALIDATION -> ref("expression", null);
            case PROMPT -> ref("prompt", null);
            case NODE, CALENDAR, FLOW -> ref("id", null);
            case VARIABLE -> ref("variableName", null);
            case LANGUAGE -> ref("language", null);
            case KEYS -> (ObjectNode) pattern("[0-9*#]+").set(TYPE, strings(STRING, "integer"));
            case CHOICE -> (ObjectNode) JSON.createObjectNode().set("enum", array(field.choices()));
            case GRAMMAR -> grammar();
            case OPTIONS -> options(menuOptions);
            case BRANCHES -> branches();
            case OUTCOMES -> mapOf("id", ref("id", null), null);
            case MAP -> JSON.createObjectNode().put(TYPE, "object");
            case ANY -> JSON.createObjectNode();
            default -> (ObjectNode) JSON.createObjectNode().set(TYPE, strings(STRING, "number"));
        };
    }

    /** Where the format leaves a choice the validator accepts both ways, the schema does too. */
    static void override(NodeType type, ObjectNode properties) {
        if (type.name().equals("queue") && properties.has("context")) {
            ObjectNode context = (ObjectNode) properties.get("context");
            context.remove(TYPE);
            ArrayNode either = context.putArray("anyOf");
            either.addObject().put(TYPE, "object");
            either.addObject().put(TYPE, "array").set("items", ref("variableName", null));
        }
    }

    private static ObjectNode grammar() {
        ObjectNode grammar = JSON.createObjectNode();
        ArrayNode either = grammar.putArray("anyOf");
        either.addObject().set("enum", strings("digits", "number", "yes-no", "date", "money"));
        either.addObject().put(TYPE, "array").put("minItems", 1).putObject("items").put(TYPE, STRING);
        return grammar;
    }

    private static ObjectNode options(boolean menu) {
        ObjectNode option;
        if (menu) {
            option = JSON.createObjectNode().put(TYPE, "object").put("additionalProperties", false);
            option.set("required", strings("next"));
            option.putObject("properties").set("next", ref("id", null));
            ((ObjectNode) option.get("properties")).set("say", phrases());
        } else {
            option = JSON.createObjectNode();
            ArrayNode either = option.putArray("anyOf");
            either.add(ref("language", null));
            ObjectNode asked = either.addObject().put(TYPE, "object").put("additionalProperties", false);
            asked.set("required", strings("language"));
            asked.putObject("properties").set("language", ref("language", null));
            ((ObjectNode) asked.get("properties")).set("say", phrases());
        }
        ObjectNode options = JSON.createObjectNode().put(TYPE, "object").put("minProperties", 1);
        options.set("propertyNames", pattern("[0-9*#]"));
        options.set("additionalProperties", option);
        return options;
    }

    private static ObjectNode phrases() {
        ObjectNode phrases = JSON.createObjectNode();
        ArrayNode either = phrases.putArray("anyOf");
        either.addObject().put(TYPE, STRING);
        either.addObject().put(TYPE, "array").putObject("items").put(TYPE, STRING);
        return phrases;
    }

    private static ObjectNode branches() {
        ObjectNode branch = JSON.createObjectNode().put(TYPE, "object").put("additionalProperties", false);
        branch.set("required", strings("when", "next"));
        branch.putObject("properties").set("when", ref("expression", null));
        ((ObjectNode) branch.get("properties")).set("next", ref("id", null));
        ObjectNode list = JSON.createObjectNode().put(TYPE, "array").put("minItems", 1);
        list.set("items", branch);
        return list;
    }

    /** Adds {@code prompt}, {@code promptByLanguage}, {@code promptPart} and {@code segment}. */
    static void prompts(ObjectNode defs) {
        ObjectNode part = JSON.createObjectNode();
        ArrayNode partForms = part.putArray("anyOf");
        partForms.addObject().set(TYPE, strings(STRING, "number"));
        partForms.add(ref("segment", null));
        partForms.addObject().put(TYPE, "array").put("minItems", 1).set("items", part.deepCopy());
        defs.set("promptPart", part);
        defs.set("promptByLanguage", mapOf("language", ref("promptPart", null), "Text or segments by language")
                .put("minProperties", 1));
        ObjectNode prompt = JSON.createObjectNode().put("description",
                "A prompt key, inline text, a map by language, or segments");
        prompt.putArray("anyOf").add(ref("promptPart", null)).add(ref("promptByLanguage", null));
        defs.set("prompt", prompt);
        ObjectNode segment = JSON.createObjectNode();
        ArrayNode kinds = segment.putArray("oneOf");
        for (String kind : PromptForms.SEGMENT_KINDS) {
            ObjectNode one = kinds.addObject().put(TYPE, "object").put("additionalProperties", false);
            one.set("required", strings(kind));
            ObjectNode properties = one.putObject("properties");
            properties.set(kind, kind.equals("pause") ? ref("duration", null)
                    : (ObjectNode) JSON.createObjectNode().set(TYPE, strings(STRING, "number")));
            if (kind.equals("say-money")) {
                properties.set(PromptForms.CURRENCY, pattern("[A-Z]{3}"));
            }
        }
        defs.set("segment", segment);
    }

    static ObjectNode variable() {
        ObjectNode variable = JSON.createObjectNode().put(TYPE, "object").put("additionalProperties", false);
        ObjectNode properties = variable.putObject("properties");
        properties.set(TYPE, (ObjectNode) JSON.createObjectNode().set("enum", array(FlowSections.VARIABLE_TYPES)));
        properties.set("sensitive", JSON.createObjectNode().put(TYPE, "boolean"));
        properties.set("default", JSON.createObjectNode());
        properties.set("description", JSON.createObjectNode().put(TYPE, STRING));
        return variable;
    }

    private static ArrayNode array(java.util.List<String> values) {
        return strings(values.toArray(String[]::new));
    }
}
