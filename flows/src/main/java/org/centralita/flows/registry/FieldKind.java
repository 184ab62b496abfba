package org.centralita.flows.registry;

/** What a node field holds; the validator checks it, the designer picks an editor for it. */
public enum FieldKind {
    /** Free text. */
    TEXT("text"),
    /** A duration: 300ms, 5s, 2m, 1h. */
    DURATION("duration"),
    /** A whole number. */
    INTEGER("whole number"),
    /** A number with a fraction, as a recognition confidence from 0 to 1. */
    DECIMAL("number"),
    /** true or false. */
    BOOLEAN("true or false"),
    /** An expression over variables. */
    EXPRESSION("expression"),
    /** A prompt: a prompt key, inline text, a map by language, or segments. */
    PROMPT("prompt"),
    /** The id of a node of this flow (an outcome). */
    NODE("node id"),
    /** The name of a flow variable. */
    VARIABLE("variable"),
    /** DTMF keys, a subset of 0-9 * #. */
    KEYS("keys"),
    /** A language tag of the flow. */
    LANGUAGE("language"),
    /** The id of a calendar file (calendars/ID.yaml). */
    CALENDAR("calendar id"),
    /** The name of a connector of the runtime's configuration. */
    CONNECTOR("connector name"),
    /** A rules file, relative to the flows directory. */
    RULES_FILE("rules file"),
    /** The id of another flow. */
    FLOW("flow id"),
    /** One of a fixed set of words. */
    CHOICE("choice"),
    /** Words a caller may say: one phrase or a list of phrases (a menu option's {@code say}). */
    PHRASES("phrases"),
    /** A grammar: a built-in name or a list of phrases. */
    GRAMMAR("grammar"),
    /** An expression over {@code value}, or {@code luhn}. */
    VALIDATION("validation"),
    /** A map from names to values (query, context, inputs, outputs, store, assignments). */
    MAP("map"),
    /** A menu's or language node's options: DTMF key to the option's fields (see FieldSpec.itemFields). */
    OPTIONS("options"),
    /** A decision's branches: a list of {when, next} (see FieldSpec.itemFields). */
    BRANCHES("branches"),
    /** Named outcomes to node ids. */
    OUTCOMES("outcomes"),
    /** Free structured value (a request body). */
    ANY("value");

    private final String label;

    FieldKind(String label) {
        this.label = label;
    }

    /** How the kind is named in messages and forms. */
    public String label() {
        return label;
    }
}
