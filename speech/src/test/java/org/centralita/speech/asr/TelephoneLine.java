package org.centralita.speech.asr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;

/** What a telephone line does to a voice before the runtime hears it: 8 kHz, then G.711 u-law and back. */
final class TelephoneLine {

    private TelephoneLine() {
    }

    /** The audio at 8 kHz (band-limited resampling from any rate) through a u-law round trip. */
    static SpeechAudio carry(SpeechAudio audio) {
        return ulawRoundTrip(audio.resampledTo(AudioFiles.TELEPHONE_RATE));
    }

    /** The G.711 u-law round trip of 8 kHz audio, by the JDK's audio converters. */
    static SpeechAudio ulawRoundTrip(SpeechAudio audio) {
        int rate = AudioFiles.TELEPHONE_RATE;
        if (audio.sampleRate() != rate) {
            throw new IllegalArgumentException("a telephone line carries 8 kHz audio, not " + audio.sampleRate() + " Hz");
        }
        AudioFormat linear = new AudioFormat(rate, 16, 1, true, false);
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, rate, 8, 1, 1, rate, false);
        try {
            byte[] encoded;
            try (AudioInputStream source = new AudioInputStream(new ByteArrayInputStream(audio.littleEndianBytes()),
                    linear, audio.length()); AudioInputStream toUlaw = AudioSystem.getAudioInputStream(ulaw, source)) {
                encoded = toUlaw.readAllBytes();
            }
            try (AudioInputStream source = new AudioInputStream(new ByteArrayInputStream(encoded), ulaw, encoded.length);
                 AudioInputStream toLinear = AudioSystem.getAudioInputStream(linear, source)) {
                return AudioFiles.fromPcmBytes(toLinear.readAllBytes(), rate, false);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("u-law round trip failed: " + failed.getMessage(), failed);
        }
    }
}
