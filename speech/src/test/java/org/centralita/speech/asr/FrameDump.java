package org.centralita.speech.asr;

import edu.cmu.sphinx.decoder.search.Token;
import edu.cmu.sphinx.frontend.FloatData;
import edu.cmu.sphinx.linguist.HMMSearchState;
import edu.cmu.sphinx.linguist.acoustic.HMM;
import edu.cmu.sphinx.linguist.acoustic.LeftRightContext;
import edu.cmu.sphinx.linguist.acoustic.Unit;
import edu.cmu.sphinx.result.Result;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;

/**
 * The digit recordings of a word corpus aligned with their words by the telephone model (a tool, not a test): one
 * line per emitting frame, {@code base left right position state word} then its 39 features, from which
 * {@code speech/tools/telephone-model/tie_states.py} chooses each context-dependent state's senone (docs/speech.md,
 * "The telephone model"). Usage, with {@code -Dcentralita.telephone-model=file:DIR} for the model being built:
 * {@code FrameDump CORPUS[,CORPUS...] OUT [ADAPTATION|-]}.
 */
public final class FrameDump {

    private FrameDump() {
    }

    public static void main(String[] args) throws Exception {
        List<WordCorpus.Recording> recordings = WordCorpus.read(WordCorpus.directories(args[0]), Integer.MAX_VALUE);
        DigitModelAdaptation adaptation = DigitModelAdaptation.NONE;
        if (args.length > 2 && !args[2].equals("-")) {
            try (java.io.Reader text = Files.newBufferedReader(Path.of(args[2]))) {
                adaptation = DigitModelAdaptation.read(text, args[2]);
            }
        }
        Set<String> words = DigitModelTrainer.DIGITS;
        GrammarCompiler compiler = new GrammarCompiler(Files.createTempDirectory("dump-grammars"));
        SphinxEngine engine = SphinxEngine.load(compiler.compile(Grammar.builtin("digits", 1, 1)), adaptation);
        int aligned = 0;
        int skipped = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            for (WordCorpus.Recording recording : recordings) {
                if (!words.contains(recording.word())) {
                    continue;
                }
                SpeechAudio line = Sphinx4Recognizer.prepared(TelephoneLine.carry(AudioFiles.readWav(recording.file())),
                        SphinxEngine.AcousticModel.TELEPHONE.rate);
                Grammar word = Grammar.phrases(Map.of(recording.word(), List.of(recording.word())));
                boolean any = false;
                for (Result result : engine.decode(line, compiler.compile(word), false)) {
                    if (result.getBestFinalToken() == null || !recording.word().equals(result.getBestResultNoFiller().trim())) {
                        continue;
                    }
                    any = true;
                    for (Token token = result.getBestToken(); token != null; token = token.getPredecessor()) {
                        if (!(token.getSearchState() instanceof HMMSearchState state) || !state.isEmitting()) {
                            continue;
                        }
                        HMM hmm = state.getHMMState().getHMM();
                        Unit unit = hmm.getUnit();
                        String left = "-";
                        String right = "-";
                        if (unit.getContext() instanceof LeftRightContext context) {
                            left = context.getLeftContext() == null ? "-" : LeftRightContext.getContextName(context.getLeftContext());
                            right = context.getRightContext() == null ? "-" : LeftRightContext.getContextName(context.getRightContext());
                        }
                        StringBuilder row = new StringBuilder().append(unit.getName()).append(' ').append(left).append(' ')
                                .append(right).append(' ').append(hmm.getPosition()).append(' ')
                                .append(state.getHMMState().getState()).append(' ').append(recording.word());
                        for (float value : FloatData.toFloatData(token.getData()).getValues()) {
                            row.append(' ').append(value);
                        }
                        out.println(row);
                    }
                }
                if (any) {
                    aligned++;
                } else {
                    skipped++;
                }
            }
        } finally {
            engine.close();
        }
        System.out.println(aligned + " recordings aligned, " + skipped + " skipped");
    }
}
