package org.centralita.speech.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads and writes the audio files Asterisk plays and callers' utterances arrive in. */
public final class AudioFiles {

    /** Telephone audio: what WAV prompts are written as. */
    public static final int TELEPHONE_RATE = 8000;
    /** Asterisk's wideband signed-linear rate, for .sln16 files. */
    public static final int WIDEBAND_RATE = 16000;

    private AudioFiles() {
    }

    /** Writes 8 kHz 16-bit mono WAV, resampling as needed. */
    public static void writeTelephoneWav(SpeechAudio audio, Path file) throws IOException {
        writeWav(audio.resampledTo(TELEPHONE_RATE), file);
    }

    /** Writes a 16-bit mono WAV at the audio's own rate. */
    public static void writeWav(SpeechAudio audio, Path file) throws IOException {
        AudioFormat format = new AudioFormat(audio.sampleRate(), 16, 1, true, false);
        byte[] bytes = audio.littleEndianBytes();
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(bytes), format, audio.length())) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    /** Writes Asterisk's .sln16: headerless signed 16-bit little-endian samples at 16 kHz. */
    public static void writeSln16(SpeechAudio audio, Path file) throws IOException {
        Files.write(file, audio.resampledTo(WIDEBAND_RATE).littleEndianBytes());
    }

    /** Reads a mono 16-bit PCM WAV file (or 8-bit / µ-law / a-law, converted); errors name the file. */
    public static SpeechAudio readWav(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AudioFileException(file + ": no such audio file");
        }
        try (AudioInputStream stream = AudioSystem.getAudioInputStream(file.toFile())) {
            return toSpeechAudio(file, stream);
        } catch (UnsupportedAudioFileException notAudio) {
            throw new AudioFileException(file + ": not a WAV file the reader understands (expected RIFF/WAVE PCM)");
        } catch (IOException unreadable) {
            throw new AudioFileException(file + ": cannot be read: " + unreadable.getMessage());
        }
    }

    private static SpeechAudio toSpeechAudio(Path file, AudioInputStream stream) throws IOException {
        AudioFormat format = stream.getFormat();
        if (format.getChannels() != 1) {
            throw new AudioFileException(file + ": unsupported format: " + format.getChannels()
                    + " channels (expected mono)");
        }
        AudioFormat pcm16 = new AudioFormat(format.getSampleRate(), 16, 1, true, false);
        AudioInputStream converted = format.matches(pcm16) ? stream : convert(file, pcm16, stream);
        byte[] bytes = converted.readAllBytes();
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return new SpeechAudio(samples, Math.round(format.getSampleRate()));
    }

    private static AudioInputStream convert(Path file, AudioFormat target, AudioInputStream stream) {
        if (!AudioSystem.isConversionSupported(target, stream.getFormat())) {
            throw new AudioFileException(file + ": unsupported format: " + stream.getFormat()
                    + " (expected 16-bit PCM, 8-bit PCM, µ-law or a-law)");
        }
        return AudioSystem.getAudioInputStream(target, stream);
    }

    /** Reads raw big- or little-endian 16-bit bytes from a stream as audio (FreeTTS writes big-endian). */
    public static SpeechAudio fromPcmBytes(byte[] bytes, int sampleRate, boolean bigEndian) {
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                .asShortBuffer().get(samples);
        return new SpeechAudio(samples, sampleRate);
    }
}

