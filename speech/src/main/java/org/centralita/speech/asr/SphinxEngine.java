package org.centralita.speech.asr;

import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.frontend.FrontEnd;
import edu.cmu.sphinx.jsgf.JSGFGrammar;
import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import edu.cmu.sphinx.linguist.dictionary.Dictionary;
import edu.cmu.sphinx.recognizer.Recognizer;
import edu.cmu.sphinx.jsgf.JSGFGrammarException;
import edu.cmu.sphinx.jsgf.JSGFGrammarParseException;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.util.props.ConfigurationManager;
import edu.cmu.sphinx.util.props.ConfigurationManagerUtils;
import edu.cmu.sphinx.util.props.PropertySheet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.centralita.speech.audio.SpeechAudio;

/**
 * One Sphinx4 decoder with one acoustic model (the en-us model, or the telephone model). Not thread-safe (its front end and search hold
 * the utterance being decoded): the pool lends it to one recognition at a time. It keeps the last
 * grammar it compiled and recompiles only when asked for another one. Engines load and switch
 * grammars one at a time in the whole JVM; they decode in parallel.
 */
final class SphinxEngine extends AbstractSpeechRecognizer {

    static final int MODEL_RATE = 16000;
    // Prior of the phone loop that stands for out-of-grammar speech. Measured on the test set:
    // 1e-30 rejected every out-of-grammar phrase and kept menu accuracy at 78%; 1e-25 gave 73%,
    // 1e-20 rejected good answers from the espeak voices (menu 67-77%).
    private static final String OUT_OF_GRAMMAR_PROBABILITY = "1e-30";
    static final int START_SPEECH_MS = 100;
    private static final String MODELS = "resource:/edu/cmu/sphinx/models/en-us/";
    private static final String TELEPHONE_MODEL = "resource:/org/centralita/speech/asr/en-us-8khz";

    /** The acoustic models an engine can hold. */
    enum AcousticModel {
        /** CMU's en-us model (16 kHz, phonetically tied mixtures), bundled with Sphinx4: any words. */
        EN_US("en-us", MODELS + "en-us", MODELS + "cmudict-en-us.dict", "en-us-addendum.dict", true),
        /**
         * CMU's en-us 8 kHz model (phonetically tied mixtures, trained on telephone-band speech), in this jar, with
         * its context-dependent states tied anew for the digits (docs/speech.md, "The telephone model"): telephone
         * digit strings. Same dictionary as the en-us model; its front end is AutoCepstrum's from its feat.params
         * (20 mel filters, 130-3700 Hz). The system property {@code centralita.telephone-model} (a URL) puts another
         * copy in its place, for the tools that build it.
         */
        TELEPHONE("en-us 8 kHz (telephone)", System.getProperty("centralita.telephone-model", TELEPHONE_MODEL),
                MODELS + "cmudict-en-us.dict", "en-us-addendum.dict", false, 8000);

        final String label;
        final String path;
        final String dictionary;
        /** More pronunciations (variants "word(2)") beside the model's dictionary: a resource beside this class, or null. */
        final String addendum;
        final boolean narrowbandCepstrum;
        /** The sample rate the model was trained at: audio is decoded at this rate. */
        final int rate;

        AcousticModel(String label, String path, String dictionary, String addendum, boolean narrowbandCepstrum) {
            this(label, path, dictionary, addendum, narrowbandCepstrum, MODEL_RATE);
        }

        AcousticModel(String label, String path, String dictionary, String addendum, boolean narrowbandCepstrum, int rate) {
            this.rate = rate;
            this.label = label;
            this.path = path;
            this.dictionary = dictionary;
            this.addendum = addendum;
            this.narrowbandCepstrum = narrowbandCepstrum;
        }
    }
    /**
     * Mel filters centred above this frequency are estimated for telephone audio (NarrowbandCepstrum):
     * the line passes up to about 3.4 kHz, so the model's six top filters (3.9-6.3 kHz) see no speech.
     * On speech-dev, 3500 Hz beat 3000 Hz (docs/speech.md, "Human voices").
     */
    static final double TELEPHONE_BAND_EDGE_HZ = 3500;
    /**
     * How much lower each estimated filter is than the one below it, in dB: 0 (a flat copy of the top
     * filter inside the band) beat 2 dB falling and matched 1 dB rising on speech-dev.
     */
    static final double HIGH_BAND_SLOPE_DB = 0;

    private static final List<Logger> QUIETED = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Sphinx4 parses JSGF with one static parser ({@code JSGFParser.parser}, re-initialized per file),
     * both when an engine is allocated and when it switches grammar: two engines doing so at once
     * failed with JSGFGrammarParseException, or could build one's search graph from the other's
     * grammar. Held while loading, switching and closing (ConcurrentEngineTest).
     */
    private static final Object GRAMMAR_LOADING = new Object();

    private final JSGFGrammar jsgf;
    private final FrontEnd frontEnd;
    private final NarrowbandCepstrum cepstrum;
    private final AcousticModel model;
    private final Dictionary dictionary;
    private CompiledGrammar loaded;

    private SphinxEngine(Context context, CompiledGrammar initial, AcousticModel model) throws IOException {
        super(context);
        ConfigurationManager manager = configurationManager(context);
        // Only the en-us chain has the high band estimate; the telephone model's chain is AutoCepstrum's.
        this.cepstrum = model.narrowbandCepstrum ? (NarrowbandCepstrum) manager.lookup(NARROWBAND_CEPSTRUM) : null;
        this.model = model;
        this.jsgf = (JSGFGrammar) manager.lookup("jsgfGrammar");
        this.frontEnd = (FrontEnd) manager.lookup("liveFrontEnd");
        this.dictionary = (Dictionary) manager.lookup("dictionary");
        quietLogging(manager);
        // Loads the model, the dictionary and the initial grammar's search graph now, and keeps
        // them: the graph is rebuilt only when another grammar is asked for.
        recognizer.allocate();
        this.loaded = initial;
    }

    /**
     * The context's configuration manager, to look the "jsgfGrammar" component up by name:
     * Context.getInstance(JSGFGrammar.class) is ambiguous because the default configuration also
     * declares a GrXMLGrammar (a JSGFGrammar subclass).
     */
    static ConfigurationManager configurationManager(Context context) {
        try {
            java.lang.reflect.Field field = Context.class.getDeclaredField("configurationManager");
            field.setAccessible(true);
            return (ConfigurationManager) field.get(context);
        } catch (ReflectiveOperationException changedLibrary) {
            throw new IllegalStateException("this Sphinx4 version hides its configuration manager", changedLibrary);
        }
    }

    /**
     * Sphinx4 sets its java.util.logging loggers to INFO and prints every model load and timer;
     * changing its "logLevel" property after start-up re-configures (and breaks) the front end,
     * so the level is lowered on its logger instead. The logger is kept: JUL holds loggers weakly.
     */
    private static void quietLogging(ConfigurationManager manager) {
        String prefix = ConfigurationManagerUtils.getLogPrefix(manager);
        Logger logger = Logger.getLogger(prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix);
        logger.setLevel(Level.WARNING);
        QUIETED.add(logger);
    }

    /**
     * The default front end normalizes with LiveCMN, whose running mean carries over from one
     * utterance to the next (measured: the same file twice gave different digits). BatchCMN takes
     * the mean of each whole utterance, which we always have: results no longer depend on history.
     */
    private static void useBatchCepstralMean(ConfigurationManager manager) {
        replaceInPipeline(manager, "liveCMN", "batchCMN");
    }

    private static void replaceInPipeline(ConfigurationManager manager, String component, String replacement) {
        PropertySheet frontEnd = manager.getPropertySheet("liveFrontEnd");
        List<?> raw = (List<?>) frontEnd.getRaw("pipeline");
        List<String> pipeline = raw.stream()
                .map(name -> name.toString().trim())
                .map(name -> name.equals(component) ? replacement : name)
                .toList();
        if (!pipeline.contains(replacement)) {
            throw new IllegalStateException("this Sphinx4 version's front end has no " + component);
        }
        frontEnd.setComponentList("pipeline", pipeline, null);
    }

    private static final String NARROWBAND_CEPSTRUM = "narrowbandCepstrum";

    /**
     * Replaces the front end's AutoCepstrum by the same chain with the high band estimated for
     * telephone audio (NarrowbandCepstrum), built from the model's feat.params as AutoCepstrum is.
     */
    private static void useNarrowbandCepstrum(Context context, ConfigurationManager manager) throws IOException {
        Loader loader = context.getLoader();
        loader.load();
        manager.addConfigurable(NarrowbandCepstrum.forModel(loader.getProperties(), TELEPHONE_BAND_EDGE_HZ,
                HIGH_BAND_SLOPE_DB), NARROWBAND_CEPSTRUM);
        replaceInPipeline(manager, "autoCepstrum", NARROWBAND_CEPSTRUM);
    }

    /** An engine of the en-us model whose means were moved by {@code adaptation} once loaded. */
    static SphinxEngine load(CompiledGrammar initial, ChannelAdaptation adaptation) {
        SphinxEngine engine = load(initial, AcousticModel.EN_US);
        adaptation.applyTo(engine.acousticModel());
        return engine;
    }

    /** An engine of the telephone model whose means were moved by {@code adaptation} once loaded. */
    static SphinxEngine load(CompiledGrammar initial, DigitModelAdaptation adaptation) {
        SphinxEngine engine = load(initial, AcousticModel.TELEPHONE);
        adaptation.applyTo(engine.acousticModel());
        return engine;
    }

    static SphinxEngine load(CompiledGrammar initial) {
        return load(initial, AcousticModel.EN_US);
    }

    static SphinxEngine load(CompiledGrammar initial, AcousticModel model) {
        Configuration configuration = new Configuration();
        configuration.setAcousticModelPath(model.path);
        configuration.setDictionaryPath(model.dictionary);
        configuration.setGrammarPath(initial.directoryUrl());
        configuration.setGrammarName(initial.name());
        configuration.setUseGrammar(true);
        configuration.setSampleRate(model.rate);
        try {
            Context context = new Context(configuration);
            // One caller utterance is one segment: without this a pause inside a digit string splits it.
            context.setLocalProperty("speechMarker->endSilence", 1500);
            // Audio kept before detected speech: telephone band-limiting weakens word onsets ("four",
            // "six"), which the detector otherwise cuts. 300 ms measured best (menu 87% vs 78% at the
            // default, 80% at 500 ms).
            context.setLocalProperty("speechMarker->speechLeader", 300);
            // Speech of at least 100 ms starts a segment (Sphinx4's default is 200 ms): a short "eight" (313 ms of
            // audio) and a string's "six six" were heard as no speech at all. On speech-dev, single digits 368 ->
            // 369 and strings 30 -> 31 of 40; 50 ms gave the same (docs/speech.md, "Three answers").
            context.setLocalProperty("speechMarker->startSpeech", START_SPEECH_MS);
            context.setLocalProperty("flatLinguist->outOfGrammarProbability", OUT_OF_GRAMMAR_PROBABILITY);
            // The speed tracker dumps Sphinx4's static timer map (a WeakHashMap) when an engine is
            // allocated or deallocated, iterating it unguarded while other engines look timers up
            // (each utterance does, and a lookup also purges collected entries): a
            // ConcurrentModificationException. The dump is INFO logging, silenced anyway.
            context.setLocalProperty("speedTracker->showTimers", false);
            if (model.addendum != null) {
                context.setLocalProperty("dictionary->addenda", addendumUrl(model));
            }
            useBatchCepstralMean(configurationManager(context));
            synchronized (GRAMMAR_LOADING) {
                if (model.narrowbandCepstrum) {
                    useNarrowbandCepstrum(context, configurationManager(context));
                }
                return new SphinxEngine(context, initial, model);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot load the Sphinx4 " + model.label + " model: " + failed.getMessage(),
                    failed);
        }
    }

    /** The model's dictionary addendum as a URL Sphinx4 reads (it takes no "resource:" names for addenda). */
    private static String addendumUrl(AcousticModel model) {
        java.net.URL addendum = SphinxEngine.class.getResource(model.addendum);
        if (addendum == null) {
            throw new IllegalStateException("the " + model.label + " model's dictionary addendum " + model.addendum
                    + " is missing from the speech jar");
        }
        return addendum.toString();
    }

    /** The words the model's pronouncing dictionary does not know (Sphinx4 would silently never hear them). */
    List<String> unknownWords(java.util.Collection<String> words) {
        return words.stream().filter(word -> dictionary.getWord(word) == null).toList();
    }

    /** The pronunciations the dictionary gives a word (with its addendum's variants). */
    edu.cmu.sphinx.linguist.dictionary.Pronunciation[] pronunciations(String word) {
        edu.cmu.sphinx.linguist.dictionary.Word known = dictionary.getWord(word);
        return known == null ? new edu.cmu.sphinx.linguist.dictionary.Pronunciation[0] : known.getPronunciations();
    }

    /** This engine's own copy of the acoustic model (loaded with the engine). */
    Loader acousticModel() {
        return context.getLoader();
    }

    boolean holds(CompiledGrammar grammar) {
        return grammar.equals(loaded);
    }

    /** Releases the decoder (the model goes with the engine to the garbage collector). */
    void close() {
        synchronized (GRAMMAR_LOADING) {
            releaseDecoder();
        }
        loaded = null;
    }

    /** Deallocates the decoder if it holds a search graph: after a failed switch it holds none. */
    private void releaseDecoder() {
        if (recognizer.getState() == Recognizer.State.READY) {
            recognizer.deallocate();
        }
    }

    /**
     * Decodes audio at the model's rate against a grammar; one result per speech segment the front end found.
     * {@code estimateHighBand}: the audio came from a telephone line (8 kHz) and its missing high band
     * is to be estimated (NarrowbandCepstrum).
     */
    List<Result> decode(SpeechAudio audio, CompiledGrammar grammar, boolean estimateHighBand) {
        switchTo(grammar);
        if (cepstrum != null) {
            cepstrum.estimateHighBand(estimateHighBand);
        } else if (estimateHighBand) {
            throw new IllegalStateException("the " + model.label + " model's front end does not estimate the high band");
        }
        // The speech classifier adapts its background level as it listens; starting each
        // utterance afresh keeps a caller's result independent of the calls before.
        frontEnd.initialize();
        context.setSpeechSource(new ByteArrayInputStream(audio.littleEndianBytes()));
        List<Result> results = new ArrayList<>();
        for (Result result = recognizer.recognize(); result != null; result = recognizer.recognize()) {
            results.add(result);
        }
        return results;
    }

    private void switchTo(CompiledGrammar grammar) {
        if (grammar.equals(loaded)) {
            return;
        }
        // Until the new grammar is in, the engine holds none: a load that fails leaves the decoder
        // deallocated, and the next switch (even back to the old grammar) must allocate it again.
        loaded = null;
        try {
            synchronized (GRAMMAR_LOADING) {
                // The flat linguist compiles its search graph from the grammar when allocated.
                releaseDecoder();
                jsgf.setBaseURL(new java.net.URL(grammar.directoryUrl()));
                jsgf.loadJSGF(grammar.name());
                recognizer.allocate();
            }
            loaded = grammar;
        } catch (IOException | JSGFGrammarParseException | JSGFGrammarException failed) {
            throw new IllegalStateException("Sphinx4 cannot load grammar " + grammar.name() + ": "
                    + failed.getMessage(), failed);
        }
    }
}
