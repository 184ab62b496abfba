package org.centralita.runtime.channel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A prompt ready to be heard: its segments with every variable already filled in, in one
 * language.
 */
public record Prompt(String language, List<PromptSegment> segments) {
    public Prompt {
        segments = List.copyOf(segments);
    }

    public static Prompt text(String language, String text) {
        return new Prompt(language, List.of(new PromptSegment.Speak(text)));
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The prompt as words, the way the call trace shows it. */
    public String asText() {
        return segments.stream().map(PromptSegment::asText).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
