package org.centralita.flows.validate;

import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.SourcePosition;

/**
 * One thing wrong with a flow, where it is written and, when a node is involved, which node.
 *
 * @param node the node id, or null for file-level problems
 */
public record Problem(Severity severity, SourcePosition position, String node, String message) {

    public static Problem error(SourcePosition position, String node, String message) {
        return new Problem(Severity.ERROR, position, node, message);
    }

    public static Problem warning(SourcePosition position, String node, String message) {
        return new Problem(Severity.WARNING, position, node, message);
    }

    public static Problem of(FlowReadException e) {
        return error(e.position(), null, e.getMessage());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form: {@code file:line:col: error: node 'id': message}; a line break or control
     * character in a message (a value quoted from the flow) is written as an escape.
     */
    public String format() {
        return PrintableText.of(position + ": " + severity.label() + ": " + (node == null ? "" : "node '" + node + "': ")
                + message);
    }

    @Override
    public String toString() {
        return format();
    }
}
