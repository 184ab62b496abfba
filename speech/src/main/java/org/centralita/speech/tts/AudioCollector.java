package org.centralita.speech.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.centralita.speech.audio.SpeechAudio;

/** Joins streamed audio chunks into one piece. */
final class AudioCollector implements Consumer<SpeechAudio> {

    private final List<SpeechAudio> chunks = new ArrayList<>();

    @Override
    public void accept(SpeechAudio chunk) {
        if (!chunks.isEmpty() && chunks.get(0).sampleRate() != chunk.sampleRate()) {
            throw new IllegalStateException("chunks at " + chunks.get(0).sampleRate() + " and "
                    + chunk.sampleRate() + " Hz cannot be joined");
        }
        chunks.add(chunk);
    }

    SpeechAudio audio() {
        int total = chunks.stream().mapToInt(SpeechAudio::length).sum();
        short[] samples = new short[total];
        int at = 0;
        for (SpeechAudio chunk : chunks) {
            System.arraycopy(chunk.samples(), 0, samples, at, chunk.length());
            at += chunk.length();
        }
        int rate = chunks.isEmpty() ? 16000 : chunks.get(0).sampleRate();
        return new SpeechAudio(samples, rate);
    }
}
