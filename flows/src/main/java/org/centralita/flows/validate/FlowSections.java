package org.centralita.flows.validate;

import java.util.List;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.registry.FieldSpec;

/**
 * The file-level parts of a flow that the node registry does not describe: the top-level keys,
 * the {@code defaults} fields and the variable declarations. The validator and the JSON Schema
 * both read them from here.
 */
public final class FlowSections {

    /** The top-level keys of a flow file, in the order the format writes them. */
    public static final List<String> TOP_LEVEL_KEYS = List.of("centralita", "id", "name", "description",
            "languages", "start", "defaults", "on-error", "variables", "prompts", "nodes", "layout");

    /** The fields of {@code defaults:}, with the built-in values. */
    public static final List<FieldSpec> DEFAULTS = List.of(
            field("timeout", FieldKind.DURATION, "5s", "Wait for the first key or word"),
            field("inter-digit-timeout", FieldKind.DURATION, "3s", "Wait for each further key"),
            field("retries", FieldKind.INTEGER, "3", "Attempts a caller gets"),
            field("barge-in", FieldKind.BOOLEAN, "true", "Whether a key press interrupts a prompt"),
            field("terminator", FieldKind.KEYS, "#", "Key that ends digit input"));

    /** The types a variable may be declared with. */
    public static final List<String> VARIABLE_TYPES = List.of("text", "digits", "number", "boolean", "date");

    /** The keys of a variable's declaration. */
    public static final List<String> VARIABLE_KEYS = List.of("type", "sensitive", "default", "description");

    private FlowSections() {
    }

    private static FieldSpec field(String name, FieldKind kind, String defaultValue, String description) {
        return new FieldSpec(name, kind, false, defaultValue, List.of(), description);
    }
}
