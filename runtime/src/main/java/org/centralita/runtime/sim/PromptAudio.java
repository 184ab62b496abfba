package org.centralita.runtime.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.PromptSegment;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.tts.TextToSpeech;

/**
 * The WAV files a controlled call's prompt is heard from ({@code simulate --control json --audio DIR}):
 * each spoken segment synthesized into {@code DIR} as the runtime's voice says it, each recording
 * taken from the flows directory. A segment speaking a secret is never synthesized (nothing of it
 * reaches the disk), nor is a language no voice speaks. The same words in the same language are
 * synthesized once per call.
 */
public final class PromptAudio {

    private final TextToSpeech tts;
    private final Path directory;
    private final Path flowsDirectory;
    private final Map<String, Path> made = new HashMap<>();

    public PromptAudio(TextToSpeech tts, Path directory, Path flowsDirectory) {
        this.tts = tts;
        this.directory = directory;
        this.flowsDirectory = flowsDirectory;
    }

    /** The files the prompt plays, in order: may be fewer than its segments, or none. */
    public List<Path> wavs(Prompt prompt) {
        List<Path> wavs = new ArrayList<>();
        for (PromptSegment segment : prompt.segments()) {
            if (segment instanceof PromptSegment.Audio recording) {
                Path file = flowsDirectory.resolve(recording.path() + ".wav").normalize();
                if (file.startsWith(flowsDirectory) && Files.isRegularFile(file)) {
                    wavs.add(file);
                }
            } else if (segment instanceof PromptSegment.Speak speak && speak.secret()) {
                continue;
            } else if (!segment.asText().isBlank() && tts.supports(prompt.language())) {
                wavs.add(spoken(segment.asText(), prompt.language()));
            }
        }
        return wavs;
    }

    private Path spoken(String text, String language) {
        String key = language + "\n" + text;
        Path existing = made.get(key);
        if (existing != null) {
            return existing;
        }
        Path wav = directory.resolve("prompt-" + (made.size() + 1) + ".wav");
        try {
            Files.createDirectories(directory);
            AudioFiles.writeTelephoneWav(tts.synthesize(text, language, null), wav);
        } catch (IOException e) {
            throw new UncheckedIOException(wav + ": cannot be written: " + e.getMessage(), e);
        }
        made.put(key, wav);
        return wav;
    }
}
