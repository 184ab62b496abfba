package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.centralita.speech.SpeechTestSupport;
import org.centralita.speech.testset.TestSet;
import org.centralita.speech.testset.TestUtterance;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Many calls recognizing at once share the bounded pool and get what one call alone would get. */
class ConcurrentRecognitionTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentRecognitionTest.class);
    private static final int CALLS = 50;
    private static final long HEAP_BOUND_BYTES = 700L * 1024 * 1024;

    @Test
    void shouldGiveFiftyConcurrentCallsTheSameResultsAsSequentialOnesWithinBoundedMemory() throws Exception {
        Sphinx4Recognizer recognizer = SpeechTestSupport.recognizer();
        List<TestUtterance> utterances = SpeechTestSupport.testSet().stream()
                .filter(u -> u.id().endsWith("menu0") || u.id().endsWith("digits0") || u.id().endsWith("yesno0"))
                .limit(10).toList();
        List<Recognition> sequential = new ArrayList<>();
        for (TestUtterance utterance : utterances) {
            sequential.add(recognize(recognizer, utterance));
        }

        List<Recognition> concurrent = recognizeAtOnce(recognizer, utterances);

        for (int call = 0; call < CALLS; call++) {
            Recognition alone = sequential.get(call % utterances.size());
            assertThat(concurrent.get(call)).as("call " + call + ", " + utterances.get(call % utterances.size()).id())
                    .isEqualTo(alone);
        }
        assertThat(recognizer.loadedEngines()).isLessThanOrEqualTo(SpeechTestSupport.ENGINES);
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        LOG.info("heap used after {} concurrent recognitions with {} engines: {} MB", CALLS,
                recognizer.loadedEngines(), used / (1024 * 1024));
        assertThat(used).isLessThan(HEAP_BOUND_BYTES);
    }

    private static Recognition recognize(Sphinx4Recognizer recognizer, TestUtterance utterance) {
        return recognizer.recognize(utterance.wav(), TestSet.grammar(utterance.grammar()), 0.0);
    }

    private static List<Recognition> recognizeAtOnce(Sphinx4Recognizer recognizer, List<TestUtterance> utterances)
            throws Exception {
        List<Callable<Recognition>> calls = new ArrayList<>();
        for (int call = 0; call < CALLS; call++) {
            TestUtterance utterance = utterances.get(call % utterances.size());
            calls.add(() -> recognize(recognizer, utterance));
        }
        return SpeechTestSupport.atOnce(CALLS, calls);
    }
}
