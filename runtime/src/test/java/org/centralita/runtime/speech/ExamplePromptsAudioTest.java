package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Template;
import org.centralita.flows.model.FlowSet;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;
import org.centralita.speech.tts.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every prompt text of every example flow, synthesized as a call would hear it and checked as
 * audio: 8 kHz 16-bit mono PCM WAV, a length plausible for what is said, and not silent. Constant
 * texts as published; texts with values rendered with the values of the scripted calls
 * (examples/SCENARIOS.md and crm/accounts.json). Every language of the examples has a voice (es-ES: espeak-ng); languages without one are reported.
 *
 * <p>Length: spoken English runs at 10-17 letters per second (150-200 words a minute, ~5 letters
 * and a space a word), so about 60-100 ms a letter of the normalized text; with the pauses at
 * punctuation and the lead-in/out of synthesis a prompt may be slower, never much faster. The
 * bounds, 40 to 200 ms a letter, flag truncated or runaway audio, not voice style.
 */
class ExamplePromptsAudioTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "flows");
    /** Values the scripted calls give (B01 account and name, C01 office and date, U01/U02 outages). */
    private static final Map<String, Object> SAMPLES = Map.of(
            "account", "12345678", "customer_name", "Jordan Lee", "office", "Downtown",
            "appointment_office", "Downtown", "appointment_date", LocalDate.parse("2026-03-12"),
            "outage_area", "Hillcrest", "outage_eta", "tomorrow morning");
    private static final double MIN_MS_PER_LETTER = 40;
    private static final double MAX_MS_PER_LETTER = 200;
    /** About -40 dBFS: FreeTTS speech sits near -20 dBFS; a silent or near-silent file falls far below. */
    private static final double MIN_RMS = 300;

    @TempDir
    static Path dir;
    private static List<ExecutableFlow> flows;

    /** One prompt text in one language, and whether it had values. */
    private record Spoken(String flow, String language, String text, boolean dynamic) {
    }

    @BeforeAll
    static void compileExamples() {
        CompileResult compiled = new FlowCompiler().compile(FlowSet.load(List.of(EXAMPLES)));
        assertThat(compiled.hasErrors()).as(String.valueOf(compiled.problems())).isFalse();
        flows = Stream.of("bank-main", "citizen-line", "citizen-appointment", "utility-outages")
                .map(id -> compiled.flow(id).orElseThrow()).toList();
    }

    @Test
    void shouldSynthesizeEveryExamplePromptAsPlausibleTelephoneAudio() throws Exception {
        // given
        PromptCache cache = new PromptCache(dir.resolve("cache"), SpeechEngines.tts(), null, PromptFormat.WAV, 1L << 28);
        List<Spoken> spoken = new ArrayList<>();
        flows.forEach(flow -> collect(flow, spoken, new LinkedHashSet<>()));

        // when / then
        assertThat(spoken).hasSizeGreaterThan(50).anyMatch(Spoken::dynamic);
        for (Spoken prompt : spoken) {
            Path wav = cache.audioFor(prompt.text(), prompt.language());
            String what = prompt.flow() + " " + prompt.language() + " \"" + prompt.text() + "\"";
            AudioFormat format = AudioSystem.getAudioFileFormat(wav.toFile()).getFormat();
            assertThat(AudioSystem.getAudioFileFormat(wav.toFile()).getType()).as(what).isEqualTo(AudioFileFormat.Type.WAVE);
            assertThat(format.getEncoding()).as(what).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(format.getSampleRate()).as(what).isEqualTo(8000f);
            assertThat(format.getSampleSizeInBits()).as(what).isEqualTo(16);
            assertThat(format.getChannels()).as(what).isEqualTo(1);
            SpeechAudio audio = AudioFiles.readWav(wav);
            double msPerLetter = audio.duration().toMillis() / (double) letters(prompt.text());
            assertThat(msPerLetter).as(what + " ms per letter").isBetween(MIN_MS_PER_LETTER, MAX_MS_PER_LETTER);
            assertThat(audio.rms()).as(what + " RMS").isGreaterThan(MIN_RMS);
            assertThat(Files.size(wav)).isEqualTo(44 + 2L * audio.length());
        }
    }

    @Test
    void shouldReportTheLanguagesWithoutAVoiceAsLeftToRecordings() {
        // given
        PromptCache cache = new PromptCache(dir.resolve("static"), SpeechEngines.tts(), null, PromptFormat.WAV, 1L << 28);
        StaticPrompts prompts = new StaticPrompts(SpeechEngines.tts(), cache);

        // when
        Map<String, Set<String>> withoutVoice = new java.util.TreeMap<>();
        flows.forEach(flow -> withoutVoice.put(flow.id(), prompts.synthesize(flow).languagesWithoutVoice()));

        // then
        assertThat(withoutVoice).containsEntry("bank-main", Set.of()).containsEntry("utility-outages", Set.of())
                .containsEntry("citizen-line", Set.of()).containsEntry("citizen-appointment", Set.of());
    }

    /** Every text of every prompt of the flow and its subflows, in each language a voice speaks. */
    private static void collect(ExecutableFlow flow, List<Spoken> spoken, Set<String> seen) {
        for (String language : flow.languages()) {
            if (!SpeechEngines.tts().supports(language)) {
                continue;
            }
            for (ExecutableNode node : flow.nodes().values()) {
                for (PromptSpec prompt : StaticPrompts.promptsOf(node)) {
                    prompt.segments(language).stream().filter(SegmentSpec.Text.class::isInstance)
                            .map(segment -> ((SegmentSpec.Text) segment).text())
                            .map(template -> new Spoken(flow.id(), language, rendered(template),
                                    !template.variables().isEmpty()))
                            .filter(s -> !s.text().isBlank() && seen.add(s.language() + s.text()))
                            .forEach(spoken::add);
                }
            }
        }
        flow.subflows().values().forEach(subflow -> collect(subflow, spoken, seen));
    }

    /** The text a call hears; a value the samples lack fails the test, naming it. */
    private static String rendered(Template template) {
        try {
            return template.render(SAMPLES);
        } catch (ExpressionException e) {
            throw new AssertionError("no sample value for " + template.variables() + ": " + e.getMessage(), e);
        }
    }

    /** Letters and digits of the text as it is read aloud ("$12" → "twelve dollars"). */
    private static long letters(String text) {
        return TextNormalizer.normalize(text).chars().filter(Character::isLetterOrDigit).count();
    }
}
