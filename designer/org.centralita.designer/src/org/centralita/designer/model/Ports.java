package org.centralita.designer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centralita.flows.edit.Outcome;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.OutcomeSpec;
import org.centralita.flows.validate.OutcomeLink;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.ProblemFields;
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

    /**
     * The messages about each port of {@code node}: those written at the outcome's target, those
     * naming it ("outcome 'next'", "option '1'", "branch 2"), and those about the field of the
     * same name (a missing required outcome). Ports without a message are left out.
     */
    public static Map<String, List<Problem>> problemsOf(FlowNode node, Flow flow, List<Problem> problems) {
        Map<String, List<Problem>> byPort = new LinkedHashMap<>();
        NodeType type = node.type().orElse(null);
        if (type == null) {
            return byPort;
        }
        List<OutcomeLink> links = OutcomeLink.of(node, type);
        for (Port port : of(node)) {
            for (Problem problem : problems) {
                if (!node.id().equals(problem.node())) {
                    continue;
                }
                boolean about = ProblemFields.of(problem, flow).filter(port.name()::equals).isPresent()
                        || links.stream().anyMatch(link -> nameOf(link).equals(port.name())
                                && (link.position().equals(problem.position()) || mentions(problem.message(), link.label())));
                if (about) {
                    byPort.computeIfAbsent(port.name(), n -> new ArrayList<>()).add(problem);
                }
            }
        }
        return byPort;
    }

    /** Whether a message names an outcome by its label, not as part of a longer name. */
    private static boolean mentions(String message, String label) {
        int at = message.indexOf(label);
        while (at >= 0) {
            int end = at + label.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(message.charAt(at - 1));
            boolean endOk = end == message.length() || !Character.isDigit(message.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = message.indexOf(label, at + 1);
        }
        return false;
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
