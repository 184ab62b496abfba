package org.centralita.flows.registry;

import static org.centralita.flows.registry.FieldKind.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centralita.flows.registry.NodeType.DynamicOutcomes;

/**
 * The registry of node types: the one list of every type, its fields and its outcomes. Nothing
 * else in the product lists node types; adding one is one entry here plus one validator, one
 * compiler step and one executor.
 */
public final class NodeTypes {

    /** Keys every node may have besides its type's fields and outcomes. */
    public static final Set<String> COMMON_KEYS = Set.of("type", "error", "description");

    /** The outcome every node may take on failure. */
    public static final String ERROR_OUTCOME = "error";

    private static final Map<String, NodeType> TYPES = new LinkedHashMap<>();

    static {
        define(type("play", "Play", "Plays a prompt, then goes on.", false, false)
                .field("prompt", PROMPT, true, null, "What the caller hears")
                .field("barge-in", BOOLEAN, false, "defaults.barge-in", "Whether a key press cuts the prompt short")
                .outcome("next", true, "After the prompt"));
        define(type("menu", "Menu", "Offers choices by key or by voice.", true, false)
                .dynamic(DynamicOutcomes.OPTIONS)
                .field("prompt", PROMPT, true, null, "The choices, as the caller hears them")
                .items("options", OPTIONS, true, "Key (0-9, *, #) to {say: [phrases], next: node}",
                        item("say", PHRASES, false, "Words a caller may say for this option"),
                        item("next", NODE, true, "Where the option goes"))
                .field("timeout", DURATION, false, "defaults.timeout", "Wait for the first key or word")
                .field("retries", INTEGER, false, "defaults.retries", "Attempts the caller gets")
                .field("no-input-prompt", PROMPT, false, null, "Heard after a silence, before the menu again")
                .field("no-match-prompt", PROMPT, false, null, "Heard after a wrong key or word")
                .field("barge-in", BOOLEAN, false, "defaults.barge-in", "Whether a key cuts the prompt short")
                .field("confidence", DECIMAL, false, "0.5", "Lowest recognition confidence (0-1) taken as a match")
                .outcome("max-retries", true, "All attempts used up"));
        define(type("input", "Input", "Collects digits or words into a variable.", true, false)
                .field("prompt", PROMPT, true, null, "What the caller is asked for")
                .choice("mode", "digits", List.of("digits", "speech", "both"), "Keys, voice, or both")
                .field("min-digits", INTEGER, false, "1", "Fewest digits accepted")
                .field("max-digits", INTEGER, false, "20", "Most digits accepted; reaching it ends the input")
                .field("terminator", KEYS, false, "defaults.terminator", "Key that ends the input early")
                .field("timeout", DURATION, false, "defaults.timeout", "Wait for the first key or word")
                .field("inter-digit-timeout", DURATION, false, "defaults.inter-digit-timeout", "Wait for each further key")
                .field("grammar", GRAMMAR, false, null, "digits, number, yes-no, date, money, or a list of phrases")
                .field("valid", VALIDATION, false, null, "Expression over 'value', or 'luhn'")
                .field("confirm", PROMPT, false, null, "Read back; the caller presses 1 to accept, 2 to re-enter")
                .field("store", VARIABLE, false, null, "Variable that receives the value")
                .field("retries", INTEGER, false, "defaults.retries", "Attempts the caller gets")
                .field("no-input-prompt", PROMPT, false, null, "Heard after a silence")
                .field("no-match-prompt", PROMPT, false, null, "Heard after an invalid value")
                .field("barge-in", BOOLEAN, false, "defaults.barge-in", "Whether a key cuts the prompt short")
                .field("confidence", DECIMAL, false, "0.5", "Lowest recognition confidence (0-1) taken as a match")
                .outcome("next", true, "A valid value was stored")
                .outcome("max-retries", true, "All attempts used up"));
        define(type("set", "Set", "Assigns variables from expressions.", false, false)
                .field("assign", MAP, true, null, "Variable to expression")
                .outcome("next", true, "After the assignments"));
        define(type("decision", "Decision", "Takes the first branch whose condition holds.", false, false)
                .dynamic(DynamicOutcomes.BRANCHES)
                .items("branches", BRANCHES, true, "List of {when: expression, next: node}; the first that holds wins",
                        item("when", EXPRESSION, true, "The condition, over variables and call data"),
                        item("next", NODE, true, "Where the branch goes"))
                .outcome("else", true, "No condition held"));
        define(type("rules", "Rules", "Lets Drools rules choose the outcome.", false, false)
                .dynamic(DynamicOutcomes.OUTCOME_MAP)
                .field("rules", RULES_FILE, true, null, "A .drl file or decision table, relative to the flows directory")
                .field("outcomes", OUTCOMES, false, null, "Outcome name to node")
                .outcome("default", true, "No rule chose an outcome"));
        define(type("crm", "CRM look-up", "Calls a CRM connector and stores parts of the reply.", false, false)
                .field("connector", CONNECTOR, true, null, "A connector of the runtime's configuration")
                .choice("method", "GET", List.of("GET", "POST", "PUT", "PATCH", "DELETE"), "HTTP method")
                .field("path", TEXT, true, null, "Path template, with ${variables}")
                .field("query", MAP, false, null, "Query parameters: name to expression")
                .field("body", ANY, false, null, "JSON body; text values may use ${variables}")
                .field("timeout", DURATION, false, null, "Longest wait for the reply (the connector's otherwise)")
                .field("store", MAP, false, null, "Variable to JSON pointer into the reply")
                .outcome("found", true, "The CRM answered with a record")
                .outcome("not-found", false, "The CRM has no such record (HTTP 404)")
                .outcome("error", false, "The CRM failed or timed out"));
        define(type("hours", "Opening hours", "Routes by a calendar: open, closed, holiday.", false, false)
                .field("calendar", CALENDAR, true, null, "Calendar id (calendars/ID.yaml)")
                .outcome("open", true, "Within opening hours")
                .outcome("closed", true, "Outside opening hours")
                .outcome("holiday", false, "On a holiday (closed when left out)"));
        define(type("queue", "Queue", "Hands the call to an ACD queue.", true, true)
                .field("queue", TEXT, true, null, "ACD queue name")
                .field("priority", INTEGER, false, "0", "Higher is answered first")
                .field("timeout", DURATION, false, null, "Longest wait in the queue before overflow")
                .field("announce-position", BOOLEAN, false, "false", "Tell the caller their place in line")
                .field("context", MAP, false, null, "Name to expression, shown on the agent's CRM screen")
                .outcome("overflow", false, "Queue timed out, was full, or had no agents"));
        define(type("transfer", "Transfer", "Transfers the call to a number or endpoint.", true, true)
                .field("to", TEXT, true, null, "Endpoint or number, with ${variables}")
                .field("timeout", DURATION, false, "30s", "Ring time before no-answer")
                .outcome("busy", false, "The target was busy")
                .outcome("no-answer", false, "The target did not answer")
                .outcome("failed", false, "The transfer could not be made"));
        define(type("voicemail", "Voicemail", "Sends the caller to a voicemail box.", true, true)
                .field("mailbox", TEXT, true, null, "Mailbox, for example 1234@default")
                .outcome("next", false, "After the message (else the call ends)"));
        define(type("record", "Record", "Records a message from the caller.", true, false)
                .field("prompt", PROMPT, false, null, "Heard before the recording")
                .field("max-duration", DURATION, false, "60s", "Longest recording")
                .field("beep", BOOLEAN, false, "true", "Beep before recording")
                .field("silence", DURATION, false, "3s", "Silence that ends the recording")
                .field("terminator", KEYS, false, "#", "Key that ends the recording")
                .field("store", VARIABLE, false, null, "Variable that receives the recording's location")
                .outcome("next", true, "After the recording"));
        define(type("callback", "Callback", "Arranges for the caller to be called back.", true, false)
                .field("number", EXPRESSION, false, "call.ani", "Number to call back")
                .field("queue", TEXT, false, null, "Queue that makes the call back")
                .field("confirm", PROMPT, false, null, "Read back; the caller presses 1 to accept, 2 to decline")
                .outcome("next", true, "After the callback is arranged"));
        define(type("language", "Language", "Sets the call's language, or asks the caller for it.", true, false)
                .field("set", LANGUAGE, false, null, "A language of the flow")
                .items("options", OPTIONS, false, "Key to language, like a menu",
                        item("language", LANGUAGE, true, "A language of the flow"),
                        item("say", PHRASES, false, "Words a caller may say for this language"))
                .field("prompt", PROMPT, false, null, "The choices, when asking")
                .field("timeout", DURATION, false, "defaults.timeout", "Wait for a key")
                .field("retries", INTEGER, false, "defaults.retries", "Attempts before the default language")
                .outcome("next", true, "With the language chosen"));
        define(type("subflow", "Subflow", "Runs another flow and continues by its returned outcome.", false, false)
                .dynamic(DynamicOutcomes.RETURNED)
                .field("flow", FLOW, true, null, "Id of the flow to run")
                .field("inputs", MAP, false, null, "Subflow variable to expression")
                .field("outputs", MAP, false, null, "This flow's variable to subflow variable")
                .field("outcomes", OUTCOMES, false, null, "Returned outcome to node (or write each returned outcome as a key of the node)")
                .outcome("next", false, "Any returned outcome not mapped"));
        define(type("return", "Return", "Ends a subflow with a named outcome.", false, true)
                .field("outcome", TEXT, true, null, "Outcome name the calling node continues by"));
        define(type("hangup", "Hang up", "Ends the call, after an optional goodbye.", false, true)
                .field("prompt", PROMPT, false, null, "Heard before the call ends"));
    }

    private NodeTypes() {
    }

    /** Every node type, in palette order. */
    public static Collection<NodeType> all() {
        return Collections.unmodifiableCollection(TYPES.values());
    }

    public static Optional<NodeType> get(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** The keys of each option or branch of field {@code field} of type {@code type}. */
    public static List<String> itemNames(String type, String field) {
        return get(type).flatMap(t -> t.field(field)).map(FieldSpec::itemNames)
                .orElseThrow(() -> new IllegalArgumentException("the registry has no field '" + field + "' in type '" + type + "'"));
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(TYPES.keySet());
    }

    private static void define(Builder builder) {
        NodeType type = builder.build();
        TYPES.put(type.name(), type);
    }

    private static FieldSpec item(String name, FieldKind kind, boolean required, String text) {
        return new FieldSpec(name, kind, required, null, List.of(), text);
    }

    private static Builder type(String name, String label, String description, boolean waits, boolean ends) {
        return new Builder(name, label, description, waits, ends);
    }

    private static final class Builder {
        private final String name;
        private final String label;
        private final String description;
        private final boolean waits;
        private final boolean ends;
        private final List<FieldSpec> fields = new ArrayList<>();
        private final List<OutcomeSpec> outcomes = new ArrayList<>();
        private DynamicOutcomes dynamic = DynamicOutcomes.NONE;

        Builder(String name, String label, String description, boolean waits, boolean ends) {
            this.name = name;
            this.label = label;
            this.description = description;
            this.waits = waits;
            this.ends = ends;
        }

        Builder field(String field, FieldKind kind, boolean required, String defaultValue, String text) {
            fields.add(new FieldSpec(field, kind, required, defaultValue, List.of(), text));
            return this;
        }

        Builder items(String field, FieldKind kind, boolean required, String text, FieldSpec... items) {
            fields.add(new FieldSpec(field, kind, required, null, List.of(), text).withItems(List.of(items)));
            return this;
        }

        Builder choice(String field, String defaultValue, List<String> choices, String text) {
            fields.add(new FieldSpec(field, CHOICE, false, defaultValue, choices, text));
            return this;
        }

        Builder outcome(String outcome, boolean required, String text) {
            outcomes.add(new OutcomeSpec(outcome, required, text));
            return this;
        }

        Builder dynamic(DynamicOutcomes where) {
            this.dynamic = where;
            return this;
        }

        NodeType build() {
            if (outcomes.stream().noneMatch(o -> o.name().equals(ERROR_OUTCOME))) {
                outcomes.add(new OutcomeSpec(ERROR_OUTCOME, false, "The node failed (else the flow's on-error)"));
            }
            return new NodeType(name, label, description, fields, outcomes, dynamic, waits, ends);
        }
    }
}
