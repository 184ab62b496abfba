package org.centralita.designer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.flows.edit.Outcome;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.OutcomeSpec;
import org.centralita.flows.validate.OutcomeLink;
import org.centralita.flows.yaml.YamlNode;

/**
 * The ports of a node, read from the registry (fixed outcomes) and from the node itself (options,
 * branches, outcome maps), so that the figures draw exactly what the validator checks.
 */
public final class Ports {

    private static final Pattern LABEL = Pattern.compile("(?:outcome|option) '(.*)'|(branch \\d+)");

    private Ports() {
    }

    /** The ports of {@code node}: required fixed outcomes always, the others once written. */
    public static List<Port> of(FlowNode node) {
        NodeType type = node.type().orElse(null);
        if (type == null) {
            return List.of();
        }
        Map<String, Port> ports = new LinkedHashMap<>();
        for (OutcomeSpec outcome : type.outcomes()) {
            if (outcome.required()) {
                ports.put(outcome.name(), new Port(outcome.name(), true, null));
            }
        }
        for (OutcomeLink link : OutcomeLink.of(node, type)) {
            String name = nameOf(link);
            boolean required = type.outcome(name).map(OutcomeSpec::required).orElse(false);
            ports.put(name, new Port(name, required, link.target()));
        }
        return new ArrayList<>(ports.values());
    }

    /** How the editing API names the outcome a port stands for. */
    public static Outcome outcomeOf(FlowNode node, String portName) {
        Matcher branch = Pattern.compile("branch (\\d+)").matcher(portName);
        if (branch.matches()) {
            return Outcome.branch(Integer.parseInt(branch.group(1)) - 1);
        }
        NodeType type = node.type().orElse(null);
        if (type != null && type.dynamicOutcomes() == NodeType.DynamicOutcomes.OPTIONS && type.outcome(portName).isEmpty()) {
            return Outcome.option(portName);
        }
        boolean mapped = node.field("outcomes").orElse(null) instanceof YamlNode.Mapping map && map.has(portName);
        return mapped ? Outcome.mapped(portName) : Outcome.named(portName);
    }

    /** The outcome's name in an {@link OutcomeLink}'s label ({@code outcome 'next'} is next). */
    static String nameOf(OutcomeLink link) {
        Matcher m = LABEL.matcher(link.label());
        if (!m.matches()) {
            return link.label();
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
