package org.centralita.flows.executable;

import java.util.List;

/**
 * Offers options by key or by voice.
 *
 * @param options in the order written
 * @param noInputPrompt heard after a silence, or null
 * @param noMatchPrompt heard after a wrong key or word, or null
 * @param confidence lowest recognition confidence taken as a match
 * @param maxRetries where the call goes when every attempt is used up
 */
public record MenuNode(String id, PromptSpec prompt, List<Option> options, InputTiming timing,
                       PromptSpec noInputPrompt, PromptSpec noMatchPrompt, double confidence,
                       String maxRetries, String error) implements ExecutableNode {

    public MenuNode {
        options = List.copyOf(options);
    }

    /** One menu option: its key, the phrases a caller may say for it, and where it leads. */
    public record Option(String key, List<String> phrases, String next) {
        public Option {
            phrases = List.copyOf(phrases);
        }
    }

    /** Whether any option can be chosen by voice. */
    public boolean acceptsSpeech() {
        for (Option option : options) {
            if (!option.phrases().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
