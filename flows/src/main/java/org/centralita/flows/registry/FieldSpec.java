package org.centralita.flows.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One field a node type takes: what the validator checks it against and what the designer's
 * property form shows for it (a label, the help text, an editor chosen by kind, the default).
 *
 * @param name the key written in the flow file
 * @param kind what it holds
 * @param required whether a node of the type must have it
 * @param defaultValue the value used when the field is left out, as written in a file
 *                     ({@code 30s}, {@code 0.5}), or {@code defaults.KEY} for the flow's
 *                     {@code defaults} section, or null; typed by {@code FieldDefaultValues}
 * @param choices for {@link FieldKind#CHOICE}, the allowed words
 * @param description the help text: one line for the property form and the JSON Schema
 * @param label the field's name in the property form
 * @param itemFields for {@link FieldKind#OPTIONS} and {@link FieldKind#BRANCHES}, the fields of
 *                   each option or branch; empty otherwise
 */
public record FieldSpec(String name, FieldKind kind, boolean required, String defaultValue,
                        List<String> choices, String description, String label, List<FieldSpec> itemFields) {

    /** The prefix of a default taken from the flow's {@code defaults} section. */
    public static final String FLOW_DEFAULT = "defaults.";

    public FieldSpec {
        choices = List.copyOf(choices);
        itemFields = List.copyOf(itemFields);
    }

    /** A field without nested fields, labelled after its name. */
    public FieldSpec(String name, FieldKind kind, boolean required, String defaultValue,
                     List<String> choices, String description) {
        this(name, kind, required, defaultValue, choices, description, labelOf(name), List.of());
    }

    /** This field with the fields of each of its options or branches. */
    public FieldSpec withItems(List<FieldSpec> items) {
        return new FieldSpec(name, kind, required, defaultValue, choices, description, label, items);
    }

    /** The key of the flow's {@code defaults} this field falls back to ({@code timeout}), if any. */
    public Optional<String> flowDefault() {
        return defaultValue != null && defaultValue.startsWith(FLOW_DEFAULT)
                ? Optional.of(defaultValue.substring(FLOW_DEFAULT.length())) : Optional.empty();
    }

    /** The names of {@link #itemFields()}, in order. */
    public List<String> itemNames() {
        return itemFields.stream().map(FieldSpec::name).toList();
    }

    public Optional<FieldSpec> itemField(String itemName) {
        return itemFields.stream().filter(f -> f.name().equals(itemName)).findFirst();
    }

    /** Words that keep their hyphen in a label. */
    private static final List<String> COMPOUNDS = List.of("barge-in", "no-input", "no-match", "inter-digit", "not-found");

    /** A label made from a field name: {@code no-input-prompt} reads "No-input prompt", {@code max-digits} "Max digits". */
    static String labelOf(String name) {
        String words = name.replace('-', ' ');
        for (String compound : COMPOUNDS) {
            words = words.replace(compound.replace('-', ' '), compound);
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
