package org.centralita.designer.model;

/**
 * A connection of the diagram: outcome {@code outcome} of node {@code source} goes to node
 * {@code target}. Equal wires are the same connection, so the viewer keeps its part across edits.
 */
public record OutcomeWire(String source, String outcome, String target) {
}
