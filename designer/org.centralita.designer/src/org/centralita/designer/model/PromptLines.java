package org.centralita.designer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.model.Flow;
import org.centralita.flows.validate.PromptForms;
import org.centralita.flows.yaml.YamlNode;

/**
 * A prompt field of a node read per language of its flow, as the property form shows it: for
 * each language, text-to-speech text or a recording, and whether the form can edit it (segments
 * such as {@code say-number} are edited in the file's text).
 *
 * @param form how the prompt is written
 * @param key the name in the flow's {@code prompts:} when {@code form} is {@link Form#KEY}
 * @param lines one line per language of the flow, in the flow's order
 */
public record PromptLines(Form form, String key, List<Line> lines) {

    /** How a prompt field is written in the file. */
    public enum Form {
        /** Not written. */
        NONE,
        /** A key of the flow's {@code prompts:}. */
        KEY,
        /** Inline text, spoken in the flow's first language. */
        TEXT,
        /** A map by language. */
        BY_LANGUAGE,
        /** A segment or a list of segments. */
        SEGMENTS
    }

    /**
     * What one language hears.
     *
     * @param recording whether it is a recording ({@code {audio: FILE}}) rather than text-to-speech
     * @param text the text spoken, or the recording's path; empty when the language has nothing
     * @param editable whether the form can change it (false for segments)
     */
    public record Line(String language, boolean recording, String text, boolean editable) {
    }

    /** The prompt field {@code field} of {@code nodeId} in {@code flow}, per language. */
    public static PromptLines of(Flow flow, String nodeId, String field) {
        YamlNode value = flow.node(nodeId).flatMap(n -> n.field(field)).orElse(null);
        List<String> languages = flow.languages();
        if (value == null || value instanceof YamlNode.Scalar s && s.isNull()) {
            return new PromptLines(Form.NONE, null, languages.stream().map(l -> new Line(l, false, "", true)).toList());
        }
        if (value instanceof YamlNode.Scalar scalar) {
            if (PromptForms.isKeyReference(scalar.value(), flow.prompts().keySet())) {
                YamlNode shared = flow.prompts().get(scalar.value());
                return new PromptLines(Form.KEY, scalar.value(), byLanguage(languages, shared));
            }
            String first = flow.defaultLanguage();
            return new PromptLines(Form.TEXT, null, languages.stream()
                    .map(l -> new Line(l, false, l.equals(first) ? scalar.value() : "", true)).toList());
        }
        if (value instanceof YamlNode.Mapping map && PromptForms.isLanguageMap(map)) {
            return new PromptLines(Form.BY_LANGUAGE, null, byLanguage(languages, map));
        }
        return new PromptLines(Form.SEGMENTS, null, languages.stream().map(l -> new Line(l, false, "", false)).toList());
    }

    private static List<Line> byLanguage(List<String> languages, YamlNode node) {
        YamlNode.Mapping map = node instanceof YamlNode.Mapping m ? m : new YamlNode.Mapping(Map.of(), null);
        return languages.stream().map(l -> line(l, map.get(l))).toList();
    }

    private static Line line(String language, Optional<YamlNode> value) {
        if (value.isEmpty()) {
            return new Line(language, false, "", true);
        }
        if (value.get() instanceof YamlNode.Scalar scalar) {
            return new Line(language, false, scalar.isNull() ? "" : scalar.value(), true);
        }
        if (value.get() instanceof YamlNode.Mapping segment && segment.entries().size() == 1) {
            Optional<String> audio = segment.text("audio");
            if (audio.isPresent()) {
                return new Line(language, true, audio.get(), true);
            }
            Optional<String> text = segment.text("text");
            if (text.isPresent()) {
                return new Line(language, false, text.get(), true);
            }
        }
        return new Line(language, false, "", false);
    }

    /** The line of one language. */
    public Optional<Line> line(String language) {
        return lines.stream().filter(l -> l.language().equals(language)).findFirst();
    }

    /**
     * The value a language's line is written as: text for text-to-speech, {@code {audio: FILE}}
     * for a recording, null when the text is blank (the language's entry goes).
     */
    public static Object valueOf(boolean recording, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return recording ? Map.of("audio", text.strip()) : text;
    }

    /**
     * The whole field as a map by language, with {@code language} set to {@code value} (null
     * removes it), the other editable lines kept as they are.
     */
    public Map<String, Object> byLanguageWith(String language, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Line line : lines) {
            Object v = line.language().equals(language) ? value : valueOf(line.recording(), line.text());
            if (v != null) {
                map.put(line.language(), v);
            }
        }
        return map;
    }
}
