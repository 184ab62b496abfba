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
        DigitModelAdaptation adaptation = args.length > 2 && !args[2].equals("-")
                ? DigitModelAdaptation.read(Path.of(args[2])) : DigitModelAdaptation.NONE;
        Path grammars = Files.createTempDirectory("dump-grammars");
        SphinxEngine engine = SphinxEngine.load(new GrammarCompiler(grammars).compile(Grammar.builtin("digits", 1, 1)),
                adaptation);
        int[] counts;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            // The trainer's alignment: each digit recording through the telephone path, decoded against its word alone.
            counts = new DigitModelTrainer(grammars, List.of(1.0)).align(engine, recordings, result -> write(result, out));
        } finally {
            engine.close();
        }
        System.out.println(counts[0] + " recordings aligned, " + counts[1] + " skipped");
    }

    /** One line per emitting frame of the aligned result. */
    private static void write(Result result, PrintWriter out) {
        String word = result.getBestResultNoFiller().trim();
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
                    .append(state.getHMMState().getState()).append(' ').append(word);
            for (float value : FloatData.toFloatData(token.getData()).getValues()) {
                row.append(' ').append(value);
            }
            out.println(row);
        }
    }
}
