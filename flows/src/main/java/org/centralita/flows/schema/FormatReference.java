package org.centralita.flows.schema;

import java.util.stream.Collectors;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.registry.OutcomeSpec;

/**
 * The node-type reference of docs/flow-format.md, generated from the registry (Markdown), so that
 * the documentation lists exactly the fields and outcomes the product knows.
 */
public final class FormatReference {

    /** Marks where the generated part of docs/flow-format.md starts and ends. */
    public static final String BEGIN = "<!-- generated from the node-type registry: do not edit by hand -->";
    public static final String END = "<!-- end of generated reference -->";

    private FormatReference() {
    }

    /** One section per node type: what it does, its fields, its outcomes. */
    public static String nodeTypes() {
        StringBuilder out = new StringBuilder(BEGIN).append("\n");
        for (NodeType type : NodeTypes.all()) {
            out.append("\n### `").append(type.name()).append("` — ").append(type.label()).append("\n\n")
                    .append(type.description());
            if (type.waitsForCaller()) {
                out.append(" Waits for the caller.");
            }
            if (type.endsCall()) {
                out.append(" The call can end here.");
            }
            out.append("\n\n| field | kind | required | default | meaning |\n|---|---|---|---|---|\n");
            for (FieldSpec field : type.fields()) {
                out.append("| `").append(field.name()).append("` | ").append(kind(field)).append(" | ")
                        .append(field.required() ? "yes" : "no").append(" | ")
                        .append(field.defaultValue() == null ? "" : "`" + field.defaultValue() + "`").append(" | ")
                        .append(field.description()).append(" |\n");
            }
            out.append("\n| outcome | required | taken when |\n|---|---|---|\n");
            for (OutcomeSpec outcome : type.outcomes()) {
                out.append("| `").append(outcome.name()).append("` | ").append(outcome.required() ? "yes" : "no")
                        .append(" | ").append(outcome.description()).append(" |\n");
            }
            if (type.dynamicOutcomes() != NodeType.DynamicOutcomes.NONE) {
                out.append("\nFurther outcomes are written ").append(switch (type.dynamicOutcomes()) {
                    case OPTIONS -> "as each option's `next`.";
                    case BRANCHES -> "as each branch's `next`.";
                    default -> "under `outcomes: {name: node}`.";
                }).append("\n");
            }
        }
        return out.append("\n").append(END).append("\n").toString();
    }

    private static String kind(FieldSpec field) {
        return field.choices().isEmpty() ? field.kind().label()
                : field.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }
}
