package org.centralita.runtime.agi.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.centralita.speech.audio.AudioFiles;

/**
 * The sound files the simulated Asterisk can play: name (as given to STREAM FILE, without
 * extension) to its length in 8 kHz samples and how long it carries voice (what a silence
 * detector hears when a caller plays it into the call).
 */
public final class SoundLibrary {
    /** Length of a say-file (digits/1, letters/a, ...) that is not listed: 0.6 s. */
    public static final int DEFAULT_SAY_FILE_SAMPLES = 4800;

    /** One sound: its length in samples and the milliseconds of voice at its start. */
    public record Sound(int samples, int voicedMs) {
        public int lengthMs() {
            return samples / 8;
        }
    }

    private final Map<String, Sound> sounds = new HashMap<>();
    private Sound anyOther;

    /** The core sounds seen in the recorded transcripts, with their real lengths. */
    public static SoundLibrary coreSounds() {
        SoundLibrary library = new SoundLibrary();
        library.add("hello-world", new Sound(11234, 1320));
        library.add("tt-monkeys", new Sound(129440, 16180));
        library.add("beep", new Sound(3404, 425));
        library.add("silence/10", new Sound(80000, 0));
        return library;
    }

    public SoundLibrary add(String name, Sound sound) {
        sounds.put(name, sound);
        return this;
    }

    public SoundLibrary add(String name, int samples) {
        return add(name, new Sound(samples, samples / 8));
    }

    /**
     * Every file not listed exists with this sound: a PBX whose shared media directory holds
     * every prompt the runtime renders (the runtime names them by a hash of their text).
     */
    public SoundLibrary withAnyOther(Sound sound) {
        this.anyOther = sound;
        return this;
    }

    /**
     * A listed sound; a file given by absolute name whose WAV exists, as Asterisk plays files
     * outside its sounds directory; else the sound every other file has, if one is set.
     */
    public Optional<Sound> find(String name) {
        Sound listed = sounds.get(name);
        if (listed != null || !name.startsWith("/") || !Files.isRegularFile(Path.of(name + ".wav"))) {
            return Optional.ofNullable(listed != null ? listed : anyOther);
        }
        int samples = AudioFiles.readWav(Path.of(name + ".wav")).resampledTo(AudioFiles.TELEPHONE_RATE).length();
        return Optional.of(new Sound(samples, samples / 8));
    }

    /** A file played by the SAY commands: known ones, or the default length. */
    public Sound sayFile(String name) {
        return sounds.getOrDefault(name, new Sound(DEFAULT_SAY_FILE_SAMPLES, DEFAULT_SAY_FILE_SAMPLES / 8));
    }
}
