package org.centralita.speech.asr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;
import org.centralita.speech.support.BoundedPool;

/**
 * Grammar recognition with CMU Sphinx4 and its bundled en-us model (16 kHz): telephone audio is
 * upsampled, padded with silence (the voice detector otherwise eats the first word) and decoded by
 * one of a bounded pool of engines. An idle engine that already compiled the grammar is preferred.
 * Digit strings said over a telephone line go to a second pool, of CMU's en-us 8 kHz model with its states
 * tied for the digits and adapted to the telephone channel ({@link DigitModelAdaptation}), at the line's rate.
 */
public final class Sphinx4Recognizer implements SpeechRecognizer, AutoCloseable {

    private static final Duration PADDING = Duration.ofMillis(500);
    // A noise floor of 40 (of 32768) RMS: on the test set it raised menu accuracy from 50% to 78%
    // and yes/no from 73% to 93% (digital silence upsets the front end's noise and level estimates).
    private static final double DITHER_RMS = 40;
    // Utterances are brought to a peak of half full scale (at most +30 dB): on the human development
    // recordings (speech-dev) a quiet speaker went from 28% to 94% of single digits right, the others
    // were unchanged (docs/speech.md).
    private static final double PEAK_LEVEL = 0.5;
    private static final double MAX_GAIN = 31.6;
    /** Audio at this rate or lower is narrowband (a telephone line). */
    private static final int TELEPHONE_RATE = 8000;

    private final GrammarCompiler compiler;
    private final BoundedPool<SphinxEngine> engines;
    /** Engines of the telephone model (telephone digit strings), or null. */
    private final BoundedPool<SphinxEngine> telephoneEngines;
    /** Whether telephone digit strings get the high band estimated (NarrowbandCepstrum) for the en-us model. */
    private final boolean highBandEstimated;
    private final Map<String, List<String>> knownVocabularies = new ConcurrentHashMap<>();

    /**
     * @param engines how many utterances may be decoded at once (each engine holds its own copy
     *                of the acoustic model, about 100 MB, and takes 1-2 s to load on first use)
     * @param grammarDirectory where JSGF files are written
     */
    public Sphinx4Recognizer(int engines, Path grammarDirectory) {
        this(engines, grammarDirectory, ChannelAdaptation.bundled(), DigitModelAdaptation.bundled());
    }

    /**
     * The en-us model alone, for every grammar.
     *
     * @param adaptation the model's adaptation to the telephone channel ({@link ChannelAdaptation#NONE}
     *                   for the model as CMU ships it)
     */
    public Sphinx4Recognizer(int engines, Path grammarDirectory, ChannelAdaptation adaptation) {
        this(engines, grammarDirectory, adaptation, null);
    }

    /**
     * @param adaptation      the en-us model's adaptation to the telephone channel
     * @param digitAdaptation digit strings said over a telephone line (audio of 8 kHz or less) go to the
     *                        telephone model adapted by this ({@link DigitModelAdaptation#NONE}: not adapted);
     *                        null: to the en-us model like every other grammar
     */
    public Sphinx4Recognizer(int engines, Path grammarDirectory, ChannelAdaptation adaptation,
            DigitModelAdaptation digitAdaptation) {
        this.compiler = new GrammarCompiler(grammarDirectory);
        CompiledGrammar initial = compiler.compile(Grammar.builtin("yes-no"));
        this.engines = new BoundedPool<>(engines, () -> SphinxEngine.load(initial, adaptation), SphinxEngine::close);
        CompiledGrammar initialDigits = compiler.compile(Grammar.builtin("digits", 1, 1));
        this.telephoneEngines = digitAdaptation == null ? null
                : new BoundedPool<>(engines, () -> SphinxEngine.load(initialDigits, digitAdaptation), SphinxEngine::close);
        // A channel adaptation expects the features it was estimated on: the high band estimated if it was
        // estimated so (the bundled one), else as measured; the model as CMU ships it gets the estimate too.
        this.highBandEstimated = adaptation == ChannelAdaptation.NONE || adaptation.highBandEstimated();
    }

    @Override
    public Recognition recognize(SpeechAudio utterance, Grammar grammar, double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("confidence threshold must be between 0 and 1, got " + threshold);
        }
        List<String> unknown = unknownWords(grammar);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the recognizer's dictionary has no pronunciation for "
                    + String.join(", ", unknown) + ": use other words in the grammar");
        }
        CompiledGrammar compiled = compiler.compile(grammar);
        boolean telephone = utterance.sampleRate() <= TELEPHONE_RATE;
        if (telephoneEngines != null && telephone && grammar.digitString()) {
            // Digit strings over a telephone line go to the telephone model alone, at the line's rate: on speech-dev
            // 95.0% of human single digits and 95.0% of strings right, where the three answers of the en-us and TIDIGITS
            // models before gave 92.8% and 80% (docs/speech.md, "The telephone model").
            return decode(telephoneEngines, prepared(utterance, SphinxEngine.AcousticModel.TELEPHONE.rate), grammar,
                    compiled, false).atThreshold(threshold);
        }
        SpeechAudio prepared = prepared(utterance);
        // The high band of telephone audio is estimated for digit strings only (NarrowbandCepstrum), with the
        // model as CMU ships it and with an adaptation estimated on such features (the bundled one): on
        // speech-dev it raised human single digits and strings, while on the synthetic test set menus lost
        // 2 of 60 utterances ("payments" heard as "billing") with the estimate, none without it, so phrase
        // grammars keep the band as measured (docs/speech.md, "Human voices"). With the telephone model (the
        // default) the en-us model hears no telephone digit strings.
        boolean estimateHighBand = telephone && highBandEstimated && grammar.digitString();
        return decode(engines, prepared, grammar, compiled, estimateHighBand).atThreshold(threshold);
    }

    /** The utterance decoded by an engine of the pool, one that already holds the grammar if any is idle. */
    private static Recognition decode(BoundedPool<SphinxEngine> pool, SpeechAudio prepared, Grammar grammar,
            CompiledGrammar compiled, boolean estimateHighBand) {
        return pool.with(engine -> engine.holds(compiled),
                engine -> HypothesisScorer.score(engine.decode(prepared, compiled, estimateHighBand), grammar, 0));
    }

    /**
     * The utterance as the engines decode it: without its DC offset, levelled, at the model's rate, padded, with a
     * noise floor. The offset is removed before levelling (the peak is then the voice's) and before padding (the
     * utterance then meets the padding without a step): on speech-dev, 371 single digits instead of 369 and 32
     * strings instead of 31, the synthetic test set unchanged (docs/speech.md, "The DC offset").
     */
    static SpeechAudio prepared(SpeechAudio utterance) {
        return prepared(utterance, SphinxEngine.MODEL_RATE);
    }

    /** As {@link #prepared(SpeechAudio)}, at {@code rate} (a model's sample rate). */
    static SpeechAudio prepared(SpeechAudio utterance, int rate) {
        return utterance.withoutDcOffset().levelled(PEAK_LEVEL, MAX_GAIN).resampledTo(rate).padded(PADDING, PADDING)
                .dithered(DITHER_RMS);
    }

    /** Words of the grammar that the en-us dictionary cannot pronounce; empty when all are known (check at publish). */
    public List<String> unknownWords(Grammar grammar) {
        List<String> known = knownVocabularies.get(grammar.key());
        if (known != null) {
            return known;
        }
        // Computed outside the map: waiting for an engine must not hold the map's lock.
        List<String> unknown = engines.with(engine -> engine.unknownWords(grammar.words()));
        knownVocabularies.putIfAbsent(grammar.key(), unknown);
        return unknown;
    }

    /** How many engines have been loaded so far. */
    public int loadedEngines() {
        return engines.size();
    }

    /** How many engines of the telephone model have been loaded so far. */
    public int loadedTelephoneEngines() {
        return telephoneEngines == null ? 0 : telephoneEngines.size();
    }

    @Override
    public void close() {
        engines.close();
        if (telephoneEngines != null) {
            telephoneEngines.close();
        }
    }
}
