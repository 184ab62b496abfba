package org.centralita.flows.validate;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.OutcomeSpec;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * One way out of a node: a named outcome, a menu option, a decision branch, or an entry of an
 * {@code outcomes} map, with the node it goes to. Where they are written comes from the registry.
 *
 * @param label how messages name it: {@code outcome 'next'}, {@code option '1'}, {@code branch 2}
 * @param target the node id written
 * @param position where the target is written
 */
public record OutcomeLink(String label, String target, SourcePosition position) {

    /** Every way out of {@code node} of type {@code type}, in the order written. */
    public static List<OutcomeLink> of(FlowNode node, NodeType type) {
        List<OutcomeLink> links = new ArrayList<>();
        for (OutcomeSpec outcome : type.outcomes()) {
            node.field(outcome.name()).ifPresent(v -> add(links, "outcome '" + outcome.name() + "'", v));
        }
        switch (type.dynamicOutcomes()) {
            case OPTIONS -> mapOf(node, "options").entries().forEach((key, entry) -> {
                if (entry.value() instanceof YamlNode.Mapping option) {
                    option.get("next").ifPresent(v -> add(links, "option '" + key + "'", v));
                }
            });
            case BRANCHES -> branches(node, links);
            case OUTCOME_MAP -> outcomeMap(node, links);
            case RETURNED -> {
                outcomeMap(node, links);
                node.body().entries().forEach((key, entry) -> {
                    if (!type.declares(key)) {
                        add(links, "outcome '" + key + "'", entry.value());
                    }
                });
            }
            default -> { }
        }
        return links;
    }

    private static void outcomeMap(FlowNode node, List<OutcomeLink> links) {
        mapOf(node, "outcomes").entries().forEach((name, entry) -> add(links, "outcome '" + name + "'", entry.value()));
    }

    private static void branches(FlowNode node, List<OutcomeLink> links) {
        if (node.field("branches").orElse(null) instanceof YamlNode.Sequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof YamlNode.Mapping branch) {
                    int number = i + 1;
                    branch.get("next").ifPresent(v -> add(links, "branch " + number, v));
                }
            }
        }
    }

    private static YamlNode.Mapping mapOf(FlowNode node, String field) {
        return node.field(field).orElse(null) instanceof YamlNode.Mapping map ? map
                : new YamlNode.Mapping(java.util.Map.of(), node.position());
    }

    private static void add(List<OutcomeLink> links, String label, YamlNode value) {
        if (value instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            links.add(new OutcomeLink(label, scalar.value(), scalar.position()));
        }
    }
}
