package org.centralita.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.centralita.speech.asr.Sphinx4Recognizer;
import org.centralita.speech.testset.TestSet;
import org.centralita.speech.testset.TestUtterance;
import org.centralita.speech.tts.FreeTtsSynthesizer;

/** The engines and test set that speech tests share: Sphinx4 loads once per test JVM, the audio once per build. */
public final class SpeechTestSupport {

    /** Two engines: one per core of the CI machine. */
    public static final int ENGINES = 2;
    private static FreeTtsSynthesizer tts;
    private static Sphinx4Recognizer recognizer;
    private static List<TestUtterance> testSet;

    private SpeechTestSupport() {
    }

    public static Path target() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target");
    }

    public static synchronized FreeTtsSynthesizer tts() {
        if (tts == null) {
            tts = new FreeTtsSynthesizer(2);
        }
        return tts;
    }

    public static synchronized Sphinx4Recognizer recognizer() {
        if (recognizer == null) {
            recognizer = new Sphinx4Recognizer(ENGINES, target().resolve("grammars"));
        }
        return recognizer;
    }

    public static synchronized List<TestUtterance> testSet() {
        if (testSet == null) {
            testSet = TestSet.load(target(), tts());
        }
        return testSet;
    }

    /** Runs the calls on {@code threads} threads, all released at the same moment; answers in call order. */
    public static <T> List<T> atOnce(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> jobs = new ArrayList<>();
            for (Callable<T> call : calls) {
                jobs.add(callers.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> job : jobs) {
                answers.add(job.get());
            }
            return answers;
        } finally {
            callers.shutdown();
        }
    }
}
