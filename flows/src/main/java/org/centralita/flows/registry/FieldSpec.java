package org.centralita.flows.registry;

import java.util.List;

/**
 * One field a node type takes.
 *
 * @param name the key written in the flow file
 * @param kind what it holds
 * @param required whether a node of the type must have it
 * @param defaultValue the value used when the field is left out (as written in a file), or null
 * @param choices for {@link FieldKind#CHOICE}, the allowed words
 * @param description one line for the designer's property sheet and the JSON Schema
 */
public record FieldSpec(String name, FieldKind kind, boolean required, String defaultValue,
                        List<String> choices, String description) {
    public FieldSpec {
        choices = List.copyOf(choices);
    }
}
