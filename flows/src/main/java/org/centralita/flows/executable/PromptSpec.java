package org.centralita.flows.executable;

import java.util.List;
import java.util.Map;

/**
 * A prompt resolved for every language of the flow: the segments to render at call time. A
 * language with no text of its own has the default language's segments.
 */
public record PromptSpec(Map<String, List<SegmentSpec>> byLanguage, String defaultLanguage) {

    public PromptSpec {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The segments for {@code language}, falling back to the default language. */
    public List<SegmentSpec> segments(String language) {
        List<SegmentSpec> own = byLanguage.get(language);
        return own != null ? own : byLanguage.getOrDefault(defaultLanguage, List.of());
    }
}
