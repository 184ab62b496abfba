package org.centralita.runtime.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.centralita.flows.validate.PrintableText;
import org.centralita.runtime.cli.Main;
import org.centralita.speech.Audition;
import org.centralita.speech.asr.Hypothesis;
import org.centralita.speech.asr.Recognition;
import org.centralita.speech.audio.AudioFileException;
import org.centralita.speech.grammar.Grammar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code centralita recognize FILE.wav --grammar G}: one utterance through the runtime's recognizer.
 * Standard output: the words (an empty line when nothing matched), then the confidence; with
 * {@code --json} one object with the match, its meaning, the confidence and the n-best list.
 */
@Command(name = "recognize", mixinStandardHelpOptions = true,
        description = "Recognize one utterance (a WAV file) against a grammar.")
public final class RecognizeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE.wav", description = "The recorded utterance.")
    private Path wav;

    @Option(names = "--grammar", required = true, paramLabel = "G",
            description = "A built-in grammar (digits, yes-no, number, date, money) or phrases separated by '|'.")
    private String grammarSpec;

    @Option(names = "--json", description = "Print the match, the confidence and the n-best list as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        Grammar grammar;
        try {
            grammar = Audition.grammar(grammarSpec);
        } catch (IllegalArgumentException badGrammar) {
            throw new ParameterException(spec.commandLine(), "--grammar: " + badGrammar.getMessage());
        }
        Recognition heard;
        try {
            heard = SpeechEngines.recognizer().recognize(wav, grammar,
                    org.centralita.speech.asr.SpeechRecognizer.DEFAULT_THRESHOLD);
        } catch (AudioFileException unreadable) {
            spec.commandLine().getErr().println(PrintableText.of("centralita: " + unreadable.getMessage()));
            return Main.INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(asJson(heard)));
        } else {
            out.println(heard.words());
            out.println(confidence(heard.confidence()));
        }
        return 0;
    }

    private static Map<String, Object> asJson(Recognition heard) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("match", heard.matched() ? heard.words() : null);
        object.put("value", heard.value());
        object.put("confidence", rounded(heard.confidence()));
        object.put("n_best", nBest(heard.nBest()));
        return object;
    }

    private static List<Map<String, Object>> nBest(List<Hypothesis> hypotheses) {
        return hypotheses.stream().map(h -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("words", h.words());
            entry.put("value", h.value());
            entry.put("confidence", rounded(h.confidence()));
            return entry;
        }).toList();
    }

    private static String confidence(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
