package org.centralita.speech.audio;

/** An audio file that is missing, is no WAV, or has a format speech cannot use; the message names the file. */
public class AudioFileException extends RuntimeException {

    public AudioFileException(String message) {
        super(message);
    }
}
