package org.centralita.speech.tts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text-to-speech with espeak-ng (Debian's {@code espeak-ng}), for the languages FreeTTS has no
 * voice for: a formant voice for some hundred languages. Each prompt runs the program once, the
 * text on its standard input (never on the command line, so no text is taken for an option),
 * writing 22.05 kHz WAV that the prompt cache turns into telephone audio like any other.
 */
public final class EspeakNgSynthesizer implements TextToSpeech {

    public static final String PROGRAM = "espeak-ng";
    private static final Logger LOG = LoggerFactory.getLogger(EspeakNgSynthesizer.class);
    private static final long TIMEOUT_SECONDS = 20;

    private final String program;
    private final EspeakVoices voices;
    /** Bounds the programs running at once: under load calls wait their turn instead of forking hundreds. */
    private final Semaphore running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private EspeakNgSynthesizer(String program, EspeakVoices voices) {
        this.program = program;
        this.voices = voices;
    }

    /** The espeak-ng on the PATH, when it is installed (its voices listed once). */
    public static Optional<EspeakNgSynthesizer> installed() {
        return installed(PROGRAM);
    }

    /** The espeak-ng program at {@code program}, when it runs. */
    public static Optional<EspeakNgSynthesizer> installed(String program) {
        return EspeakVoices.of(program).map(voices -> new EspeakNgSynthesizer(program, voices));
    }

    @Override
    public boolean supports(String language) {
        return language != null && voices.voiceFor(language).isPresent();
    }

    /** No single default: each language has its own voice, named after the language. */
    @Override
    public String defaultVoice() {
        return "by-language";
    }

    @Override
    public String voiceId(String voice, String language) {
        return "espeak-ng/" + (voice == null || voice.equals(defaultVoice()) ? voices.voiceFor(language).orElse("?") : voice);
    }

    @Override
    public void stream(String text, String language, String voice, Consumer<SpeechAudio> chunks) {
        String name = voice == null || voice.equals(defaultVoice()) ? voices.voiceFor(language).orElseThrow(() ->
                new IllegalArgumentException("no espeak-ng voice speaks language '" + language
                        + "': play a recording instead")) : voice;
        running.acquireUninterruptibly();
        try {
            chunks.accept(speak(text, name));
        } finally {
            running.release();
        }
    }

    private SpeechAudio speak(String text, String voice) {
        Path wav = null;
        try {
            wav = Files.createTempFile("centralita-espeak-", ".wav");
            Process process = new ProcessBuilder(List.of(program, "-b", "1", "-v", voice, "-w", wav.toString()))
                    .redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("espeak-ng took more than " + TIMEOUT_SECONDS + " s to speak a prompt");
            }
            if (process.exitValue() != 0 || Files.size(wav) == 0) {
                throw new IllegalStateException("espeak-ng voice '" + voice + "' failed (exit " + process.exitValue()
                        + "): " + output);
            }
            return AudioFiles.readWav(wav);
        } catch (IOException failed) {
            throw new UncheckedIOException("espeak-ng could not be run: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while espeak-ng spoke a prompt", interrupted);
        } finally {
            deleteQuietly(wav);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            // only space is lost: the prompt itself was made or its failure reported
            LOG.debug("temporary espeak-ng file {} not deleted: {}", file, leftBehind.getMessage());
        }
    }
}
