package org.centralita.speech.asr;

import java.nio.file.Path;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/** Recognizes one caller utterance against a grammar. Implementations are safe to call from many calls at once. */
public interface SpeechRecognizer {

    /** Default confidence below which a result counts as a no-match. */
    double DEFAULT_THRESHOLD = 0.5;

    /**
     * Recognizes audio at any sample rate (telephone audio is 8 kHz); a result whose confidence is
     * below {@code threshold} comes back as a no-match that still carries the n-best list.
     */
    Recognition recognize(SpeechAudio utterance, Grammar grammar, double threshold);

    default Recognition recognize(SpeechAudio utterance, Grammar grammar) {
        return recognize(utterance, grammar, DEFAULT_THRESHOLD);
    }

    /** Recognizes a WAV file; a missing or unreadable file fails with a message naming it. */
    default Recognition recognize(Path wav, Grammar grammar, double threshold) {
        return recognize(AudioFiles.readWav(wav), grammar, threshold);
    }
}
