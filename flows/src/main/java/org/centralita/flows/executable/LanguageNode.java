package org.centralita.flows.executable;

import java.util.Map;

/**
 * Sets the call's language ({@code set}) or asks for it ({@code options}: key to language). When
 * asking fails every attempt, the call keeps its language.
 */
public record LanguageNode(String id, String set, Map<String, String> options, PromptSpec prompt,
                           InputTiming timing, String next, String error) implements ExecutableNode {
    public LanguageNode {
        options = Map.copyOf(options);
    }
}
