package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.engine.SpeechGrammar;
import org.centralita.runtime.engine.SpeechMatcher;
import org.centralita.runtime.engine.SpeechMatchers;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.centralita.runtime.trace.TraceEvent;
import org.centralita.speech.asr.Hypothesis;
import org.centralita.speech.asr.Recognition;
import org.centralita.speech.asr.SpeechRecognizer;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's speech matcher over a recognizer: thresholds per node, grammars converted once. */
class RecognizingSpeechMatcherTest {

    @TempDir
    Path dir;

    /** A recognizer that hears "billing" with a set confidence, and counts its calls. */
    private static final class UnsureRecognizer implements SpeechRecognizer {
        private final double confidence;
        private final AtomicInteger calls = new AtomicInteger();

        UnsureRecognizer(double confidence) {
            this.confidence = confidence;
        }

        @Override
        public Recognition recognize(SpeechAudio utterance, Grammar grammar, double threshold) {
            calls.incrementAndGet();
            return new Recognition("billing", "1", confidence, List.of(new Hypothesis("billing", "1", confidence)));
        }

        @Override
        public Recognition recognize(Path wav, Grammar grammar, double threshold) {
            return recognize(new SpeechAudio(new short[0], 8000), grammar, threshold);
        }
    }

    private List<TraceEvent> call(String confidence, SpeechRecognizer recognizer) {
        ExecutableFlow flow = VoiceFixtures.compile(dir, "help-desk", VoiceFixtures.HELP_DESK
                .replace("    max-retries: bye", "    retries: 1\n    confidence: " + confidence + "\n    max-retries: bye"));
        InMemoryTraceSink trace = new InMemoryTraceSink();
        CallInfo info = new CallInfo("c1", "5551234", "100", null, "test", Map.of());
        ScriptedCaller caller = new ScriptedCaller(info, List.of(new CallerAction.SayAudio(Path.of("heard.wav"))),
                HandoffPlan.delivered());
        CallSetup setup = new CallSetup(Clock.systemUTC(), null, Map.of(), trace, Set.of());
        new CallEngine(CrmConnectors.NONE, new RecognizingSpeechMatcher(recognizer)).run(flow, caller, setup);
        return trace.events();
    }

    @Test
    void shouldTakeTheOptionWhenTheConfidenceReachesTheNodesThreshold() {
        // when
        List<TraceEvent> trace = call("0.6", new UnsureRecognizer(0.6));

        // then
        assertThat(trace).filteredOn(e -> e.event().equals("input")).singleElement().satisfies(input ->
                assertThat(input.fields()).containsEntry("mode", "speech").containsEntry("value", "billing")
                        .containsEntry("confidence", 0.6));
        assertThat(trace).anySatisfy(e -> assertThat(e.event()).isEqualTo("queue"));
    }

    @Test
    void shouldTreatAnUtteranceBelowTheNodesThresholdAsNoMatch() {
        // when
        List<TraceEvent> trace = call("0.7", new UnsureRecognizer(0.6));

        // then
        assertThat(trace).filteredOn(e -> e.event().equals("input")).singleElement().satisfies(input ->
                assertThat(input.fields()).containsEntry("mode", "speech").containsEntry("confidence", 0.6));
        assertThat(trace).anySatisfy(e -> assertThat(e.event()).isEqualTo("no-match"));
        assertThat(trace).noneSatisfy(e -> assertThat(e.event()).isEqualTo("queue"));
    }

    @Test
    void shouldConvertEachDistinctGrammarOnce() {
        // given
        RecognizingSpeechMatcher matcher = new RecognizingSpeechMatcher(new UnsureRecognizer(1));
        SpeechGrammar menu = new SpeechGrammar.Phrases(Map.of("1", List.of("billing")));
        SpeechGrammar sameMenuOfANewVersion = new SpeechGrammar.Phrases(Map.of("1", List.of("billing")));

        // when
        Grammar first = matcher.grammarOf(menu);
        Grammar again = matcher.grammarOf(sameMenuOfANewVersion);
        Grammar digits = matcher.grammarOf(new SpeechGrammar.BuiltIn("digits", 4, 4));

        // then
        assertThat(again).isSameAs(first);
        assertThat(digits).isNotSameAs(first);
        assertThat(digits.interpret("one two three four")).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("1234"));
    }

    @Test
    void shouldBeTheMatcherTheEngineFindsAndRecognizeRecordings() {
        SpeechMatcher found = SpeechMatchers.load();

        assertThat(found).isInstanceOf(RecognizingSpeechMatcher.class);
        assertThat(found.recognizesAudio()).isTrue();
        assertThat(found.match("technical support", new SpeechGrammar.Phrases(Map.of("2", List.of("technical support")))))
                .hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("2"));
    }
}
