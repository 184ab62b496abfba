package org.centralita.flows.registry;

/**
 * A named outcome of a node type: a key of the node whose value is the next node.
 *
 * @param name the key written in the flow file ({@code next}, {@code max-retries}, ...)
 * @param required whether leaving it out is a validation error
 * @param description one line for the designer and the JSON Schema
 */
public record OutcomeSpec(String name, boolean required, String description) {
}
