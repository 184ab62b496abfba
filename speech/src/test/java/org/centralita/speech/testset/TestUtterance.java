package org.centralita.speech.testset;

import java.nio.file.Path;

/**
 * One recorded test utterance: which grammar it is for, the words spoken, the value a correct
 * recognition gives (empty when the words are outside the grammar and a no-match is right),
 * who spoke it and in which line condition.
 */
public record TestUtterance(String id, String grammar, String text, String expected, String voice, String condition,
        Path wav) {

    public boolean outOfGrammar() {
        return expected.isEmpty();
    }
}
