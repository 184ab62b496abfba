package org.centralita.runtime.speech;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.centralita.speech.Audition;
import org.centralita.speech.tts.TextToSpeech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code centralita say TEXT --out FILE.wav}: a prompt synthesized as the runtime would play it. */
@Command(name = "say", mixinStandardHelpOptions = true,
        description = "Synthesize a prompt as the runtime would (8 kHz 16-bit mono WAV).")
public final class SayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text to speak (numbers, money and dates read naturally).")
    private String text;

    @Option(names = "--out", required = true, paramLabel = "FILE.wav", description = "The WAV file to write.")
    private Path out;

    @Option(names = "--voice", paramLabel = "V", description = "The text-to-speech voice (default: the engine's, kevin16).")
    private String voice;

    @Option(names = "--language", paramLabel = "L", defaultValue = "en-US", description = "The language tag (default: en-US).")
    private String language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TextToSpeech tts = SpeechEngines.tts();
        if (!tts.supports(language)) {
            throw new ParameterException(spec.commandLine(), "no text-to-speech voice speaks '" + language
                    + "'; supported languages: " + String.join(", ", SpeechEngines.languagesOf(tts)));
        }
        if (text.isBlank()) {
            throw new ParameterException(spec.commandLine(), "nothing to say: TEXT is empty");
        }
        try {
            new Audition(tts, null).say(text, out, voice, language);
        } catch (IllegalArgumentException unknownVoice) {
            throw new ParameterException(spec.commandLine(), unknownVoice.getMessage());
        }
        return 0;
    }
}
