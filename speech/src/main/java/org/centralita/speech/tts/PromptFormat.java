package org.centralita.speech.tts;

import java.io.IOException;
import java.nio.file.Path;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;

/** The audio file formats Asterisk plays prompts from. */
public enum PromptFormat {
    /** 8 kHz 16-bit mono WAV. */
    WAV("wav"),
    /** Headerless 16 kHz signed linear, Asterisk's wideband format. */
    SLN16("sln16");

    private final String extension;

    PromptFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Writes {@code audio} to {@code file} in this format (8 kHz for WAV). */
    public void write(SpeechAudio audio, Path file) throws IOException {
        if (this == WAV) {
            AudioFiles.writeTelephoneWav(audio, file);
        } else {
            AudioFiles.writeSln16(audio, file);
        }
    }
}
