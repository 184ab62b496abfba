package org.centralita.speech.tts;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;

/** Receives FreeTTS's audio in memory instead of a sound card, handing each written piece on at once. */
final class ChunkingAudioPlayer implements AudioPlayer {

    private final Consumer<SpeechAudio> chunks;
    private AudioFormat format = new AudioFormat(16000, 16, 1, true, true);
    private float volume = 1.0f;

    ChunkingAudioPlayer(Consumer<SpeechAudio> chunks) {
        this.chunks = chunks;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int size) {
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
            throw new IllegalStateException("FreeTTS produced unsupported audio: " + format);
        }
        if (size > 0) {
            chunks.accept(AudioFiles.fromPcmBytes(Arrays.copyOfRange(bytes, offset, offset + size),
                    Math.round(format.getSampleRate()), format.isBigEndian()));
        }
        return true;
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    // The rest of the player contract is about a live sound card: nothing to do in memory.
    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
