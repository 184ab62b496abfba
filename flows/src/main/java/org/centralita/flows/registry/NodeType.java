package org.centralita.flows.registry;

import java.util.List;
import java.util.Optional;

/**
 * Everything the product knows about one node type: its fields, its named outcomes, and how the
 * engine treats it. The validator, the JSON Schema, the engine and the designer all read this.
 *
 * @param name the {@code type:} written in flow files
 * @param label a short title for the palette
 * @param description one line saying what the node does
 * @param fields the data fields (outcomes are listed apart)
 * @param outcomes the fixed named outcomes
 * @param dynamicOutcomes where outcomes that the flow names itself live (menu options, branches,
 *                        rules outcomes), or {@code NONE}
 * @param waitsForCaller whether the node waits for the caller (a loop through it is not endless)
 * @param endsCall whether the call can end at this node (hand-off or hang-up)
 */
public record NodeType(String name, String label, String description, List<FieldSpec> fields,
                       List<OutcomeSpec> outcomes, DynamicOutcomes dynamicOutcomes,
                       boolean waitsForCaller, boolean endsCall) {

    /** Where the outcomes that a flow names itself are written in a node. */
    public enum DynamicOutcomes {
        NONE,
        /** {@code options: {KEY: {next: node}}} */
        OPTIONS,
        /** {@code branches: [{when: expr, next: node}]} */
        BRANCHES,
        /** {@code outcomes: {name: node}} */
        OUTCOME_MAP,
        /**
         * The outcomes another flow returns, written as keys of the node ({@code booked: next-node})
         * or under {@code outcomes: {name: node}}.
         */
        RETURNED
    }

    /** Whether {@code key} is one of the type's own keys (common keys, fields, fixed outcomes). */
    public boolean declares(String key) {
        return NodeTypes.COMMON_KEYS.contains(key) || field(key).isPresent() || outcome(key).isPresent();
    }

    public NodeType {
        fields = List.copyOf(fields);
        outcomes = List.copyOf(outcomes);
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Optional<OutcomeSpec> outcome(String outcomeName) {
        return outcomes.stream().filter(o -> o.name().equals(outcomeName)).findFirst();
    }

    /** Whether {@code key} is something a node of this type may contain. */
    public boolean accepts(String key) {
        return declares(key);
    }
}
