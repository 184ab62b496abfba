package org.centralita.runtime.engine;

import java.util.List;
import org.centralita.runtime.channel.Prompt;

/**
 * A prompt filled in for the call: what the caller hears, and how the trace shows it (secrets
 * masked).
 *
 * @param traceText the words as spoken, with every secret value as {@code ***}
 * @param audio the recordings it plays, in order
 */
public record RenderedPrompt(Prompt prompt, String traceText, List<String> audio) {
    public RenderedPrompt {
        audio = List.copyOf(audio);
    }
}
