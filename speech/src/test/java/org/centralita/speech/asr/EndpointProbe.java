package org.centralita.speech.asr;

import edu.cmu.sphinx.frontend.Data;
import edu.cmu.sphinx.frontend.DataBlocker;
import edu.cmu.sphinx.frontend.DataEndSignal;
import edu.cmu.sphinx.frontend.DataProcessor;
import edu.cmu.sphinx.frontend.DoubleData;
import edu.cmu.sphinx.frontend.FrontEnd;
import edu.cmu.sphinx.frontend.endpoint.SpeechClassifiedData;
import edu.cmu.sphinx.frontend.endpoint.SpeechClassifier;
import edu.cmu.sphinx.frontend.endpoint.SpeechEndSignal;
import edu.cmu.sphinx.frontend.endpoint.SpeechMarker;
import edu.cmu.sphinx.frontend.endpoint.SpeechStartSignal;
import edu.cmu.sphinx.frontend.util.StreamDataSource;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.centralita.speech.audio.SpeechAudio;

/**
 * Where the voice detector puts speech (a tool, not a test): the recognizer's endpointing chain as the
 * engines configure it (10 ms blocks, Sphinx4's speech classifier at 13 dB, the speech marker with 100 ms to
 * start, 1.5 s end silence, a 300 ms leader) run on the recognizer's preparation of speech-dev's trials, with
 * and without the DC offset removed first. One line per trial: kind, speaker, digits, then for each
 * preparation the first frame classified as speech, the start and the end of the first segment, in ms from
 * the start of the recording (the padding before it is negative), and the number of segments. Run from the
 * speech module: {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.centralita.speech.asr.EndpointProbe [SPEAKER [DIGIT]]}.
 */
public final class EndpointProbe {

    private static final int PADDING_MS = 500;

    private EndpointProbe() {
    }

    /** Where the endpointer put the speech of one utterance, in ms from the start of the recording. */
    record Endpoints(double firstSpeechFrame, double segmentStart, double segmentEnd, int segments) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%7.0f %7.0f %7.0f %2d", firstSpeechFrame, segmentStart, segmentEnd, segments);
        }
    }

    public static void main(String[] args) {
        String speaker = args.length > 0 ? args[0] : null;
        String digit = args.length > 1 ? args[1] : null;
        List<DigitErrorProbe.Trial> trials = new ArrayList<>();
        HumanDigitsAccuracyTest.singleTrials().forEach(trial -> trials.add(new DigitErrorProbe.Trial("single", trial)));
        HumanDigitsAccuracyTest.stringTrials().forEach(trial -> trials.add(new DigitErrorProbe.Trial("string", trial)));
        System.out.println("kind\tspeaker\tdigits\tdc\t[as given: first speech, segment start, end, segments]"
                + "\t[DC removed: the same]");
        double[] sums = new double[4];
        int counted = 0;
        for (DigitErrorProbe.Trial trial : trials) {
            if ((speaker != null && !trial.speaker().equals(speaker)) || (digit != null && !trial.expected().equals(digit))) {
                continue;
            }
            Endpoints given = endpoints(trial.audio(), UnaryOperator.identity());
            Endpoints removed = endpoints(trial.audio(), SpeechAudio::withoutDcOffset);
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%6.1f\t%s\t%s%n", trial.kind(), trial.speaker(), trial.expected(),
                    mean(trial.audio()), given, removed);
            sums[0] += given.firstSpeechFrame();
            sums[1] += given.segmentStart();
            sums[2] += removed.firstSpeechFrame();
            sums[3] += removed.segmentStart();
            counted++;
        }
        System.out.printf(Locale.ROOT, "mean of %d: as given first speech %.0f ms, segment start %.0f ms;"
                + " DC removed first speech %.0f ms, segment start %.0f ms%n", counted, sums[0] / counted, sums[1] / counted,
                sums[2] / counted, sums[3] / counted);
    }

    static Endpoints endpoints(SpeechAudio utterance, UnaryOperator<SpeechAudio> before) {
        SpeechAudio prepared = Sphinx4Recognizer.prepared(before.apply(utterance));
        int rate = prepared.sampleRate();
        StreamDataSource source = new StreamDataSource(rate, 3200, 16, false, true);
        List<DataProcessor> chain = List.of(source, new DataBlocker(10), new SpeechClassifier(10, 0.003, 13, 0),
                new SpeechMarker(SphinxEngine.START_SPEECH_MS, 1500, 300));
        FrontEnd frontEnd = new FrontEnd(chain);
        frontEnd.initialize();
        source.setInputStream(new ByteArrayInputStream(prepared.littleEndianBytes()));
        double first = firstSpeechFrame(prepared);
        double start = Double.NaN;
        double end = Double.NaN;
        int segments = 0;
        boolean awaitingStart = false;
        boolean inFirst = false;
        for (Data data = frontEnd.getData(); data != null && !(data instanceof DataEndSignal); data = frontEnd.getData()) {
            if (data instanceof SpeechStartSignal) {
                segments++;
                awaitingStart = segments == 1;
                inFirst = segments == 1;
            } else if (data instanceof SpeechEndSignal) {
                inFirst = false;
            } else if (data instanceof DoubleData frame) {
                double ms = frame.getFirstSampleNumber() * 1000.0 / rate - PADDING_MS;
                if (awaitingStart) {
                    start = ms;
                    awaitingStart = false;
                }
                if (inFirst) {
                    end = ms + 10;
                }
            }
        }
        return new Endpoints(first, start, end, segments);
    }

    /** The first 10 ms frame the speech classifier calls speech, in ms from the start of the recording. */
    private static double firstSpeechFrame(SpeechAudio prepared) {
        StreamDataSource source = new StreamDataSource(prepared.sampleRate(), 3200, 16, false, true);
        FrontEnd frontEnd = new FrontEnd(List.of(source, new DataBlocker(10), new SpeechClassifier(10, 0.003, 13, 0)));
        frontEnd.initialize();
        source.setInputStream(new ByteArrayInputStream(prepared.littleEndianBytes()));
        for (Data data = frontEnd.getData(); data != null && !(data instanceof DataEndSignal); data = frontEnd.getData()) {
            if (data instanceof SpeechClassifiedData frame && frame.isSpeech()) {
                return frame.getFirstSampleNumber() * 1000.0 / prepared.sampleRate() - PADDING_MS;
            }
        }
        return Double.NaN;
    }

    private static double mean(SpeechAudio audio) {
        double sum = 0;
        for (short sample : audio.samples()) {
            sum += sample;
        }
        return audio.length() == 0 ? 0 : sum / audio.length();
    }
}
