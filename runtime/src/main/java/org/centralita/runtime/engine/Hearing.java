package org.centralita.runtime.engine;

import java.util.Optional;
import org.centralita.runtime.channel.CallerInput;

/** Makes sense of what the channel collected: keys as they are, words through the speech matcher. */
final class Hearing {

    private final SpeechMatcher speech;

    Hearing(SpeechMatcher speech) {
        this.speech = speech;
    }

    /**
     * @param terminators keys that end entry (stripped if a channel left them in)
     * @param grammar what may be said here, or null when speech is not accepted
     */
    Heard hear(CallerInput input, String terminators, SpeechGrammar grammar, double minConfidence) {
        if (input instanceof CallerInput.Digits digits) {
            String keys = stripTerminator(digits.keys(), terminators);
            return keys.isEmpty() ? new Heard.Silent() : new Heard.Keys(keys);
        }
        if (input instanceof CallerInput.Words words) {
            return judge(words.text(), grammar == null ? Optional.empty() : speech.match(words.text(), grammar),
                    minConfidence);
        }
        if (input instanceof CallerInput.Utterance utterance) {
            if (grammar == null) {
                return new Heard.Unrecognized("", 0);
            }
            try {
                return judge("", speech.recognize(utterance.audio(), grammar), minConfidence);
            } catch (SpeechUnavailableException e) {
                throw new NodeFailure(e.getMessage());
            }
        }
        return new Heard.Silent();
    }

    private static Heard judge(String words, Optional<SpeechMatch> match, double minConfidence) {
        if (match.isPresent() && match.get().confidence() >= minConfidence) {
            return new Heard.Said(match.get());
        }
        return new Heard.Unrecognized(match.map(SpeechMatch::words).orElse(words),
                match.map(SpeechMatch::confidence).orElse(0.0));
    }

    private static String stripTerminator(String keys, String terminators) {
        String kept = keys;
        while (!kept.isEmpty() && !terminators.isEmpty()
                && terminators.indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept;
    }
}
