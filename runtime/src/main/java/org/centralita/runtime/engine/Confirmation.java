package org.centralita.runtime.engine;

import java.util.Map;
import java.util.Set;
import org.centralita.flows.executable.PromptSpec;

/** Reads something back and asks the caller to confirm it: 1 (or "yes") accepts, 2 (or "no") refuses. */
final class Confirmation {

    private static final SpeechGrammar YES_NO = new SpeechGrammar.BuiltIn("yes-no", 0, 0);

    private final Hearing hearing;

    Confirmation(Hearing hearing) {
        this.hearing = hearing;
    }

    /**
     * @return accepted {@code true} (confirmed) or {@code false} (refused); no-input or no-match otherwise
     */
    Attempts.Attempt<Boolean> ask(Call call, String node, PromptSpec prompt, Listening listening,
                                  Map<String, Object> names, Set<String> secrets, double minConfidence) {
        Heard heard = hearing.hear(Dialogue.ask(call, node, prompt, listening, names, secrets), "",
                listening.speech() ? YES_NO : null, minConfidence);
        String answer = answer(call, node, heard);
        if ("1".equals(answer) || "yes".equals(answer)) {
            return Attempts.accepted(true);
        }
        if ("2".equals(answer) || "no".equals(answer)) {
            return Attempts.accepted(false);
        }
        return heard instanceof Heard.Silent ? Attempts.noInput() : Attempts.noMatch();
    }

    private static String answer(Call call, String node, Heard heard) {
        if (heard instanceof Heard.Keys keys) {
            call.trace().confirmation(node, "dtmf", keys.keys(), null);
            return keys.keys();
        }
        if (heard instanceof Heard.Said said) {
            call.trace().confirmation(node, "speech", said.match().value(), said.match().confidence());
            return said.match().value();
        }
        if (heard instanceof Heard.Unrecognized unrecognized) {
            call.trace().confirmation(node, "speech", unrecognized.words(), unrecognized.confidence());
        }
        return null;
    }
}
