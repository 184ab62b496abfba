package org.centralita.runtime.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.ValidationOptions;
import org.centralita.flows.validate.ValidationReport;
import org.centralita.flows.validate.Validator;
import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.speech.Audition;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;

/**
 * What the speech wiring tests share: utterances synthesized by FreeTTS once per test JVM (under
 * target/, as 8 kHz telephone WAV), the help-desk menu flow, and compiling flows from text.
 * Recognition goes through {@link SpeechEngines}: one Sphinx4 pool for every test of the JVM.
 */
final class VoiceFixtures {

    /** A menu taking "billing" or "technical support" by voice, 1 or 2 by key. */
    static final String HELP_DESK = """
            centralita: 1
            id: help-desk
            start: menu
            nodes:
              menu:
                type: menu
                prompt: For billing say billing or press 1. For technical support say technical support or press 2.
                options:
                  "1": {say: [billing], next: billing}
                  "2": {say: [technical support], next: support}
                max-retries: bye
              billing: {type: queue, queue: billing, overflow: bye}
              support: {type: queue, queue: support, overflow: bye}
              bye: {type: hangup, prompt: Goodbye.}
            """;

    /** Relative to the module directory, the working directory of the tests. */
    static final Path UTTERANCES = Path.of("target", "voice-fixtures");

    private static final Map<String, Path> SPOKEN = new ConcurrentHashMap<>();

    private VoiceFixtures() {
    }

    /** {@code text} spoken by FreeTTS's kevin16 as an 8 kHz WAV, relative to the working directory. */
    static Path utterance(String text) {
        return SPOKEN.computeIfAbsent(text, VoiceFixtures::synthesize);
    }

    private static Path synthesize(String text) {
        Path wav = UTTERANCES.resolve(text.replaceAll("[^a-z0-9]+", "-") + ".wav");
        new Audition(SpeechEngines.tts(), null).say(text, wav, null, "en-US");
        return wav;
    }

    /** Prompts synthesized into {@code dir}/cache and published in {@code dir}/sounds, as serve does. */
    static PromptRenderer synthesizedPrompts(Path dir) {
        PromptCache cache = new PromptCache(dir.resolve("cache"), SpeechEngines.tts(), null, PromptFormat.WAV, 1L << 26);
        return new SynthesizedPromptRenderer(SpeechEngines.tts(), cache, new MediaDirectory(dir.resolve("sounds")),
                PromptRenderer.hashed("centralita"));
    }

    /** Writes {@code yaml} as the flow {@code id} in {@code directory}, validates and compiles it. */
    static ExecutableFlow compile(Path directory, String id, String yaml) {
        try {
            Files.writeString(directory.resolve(id + ".flow.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FlowSet set = FlowSet.load(List.of(directory));
        ValidationReport report = new Validator().validate(set, ValidationOptions.defaults());
        if (report.hasErrors()) {
            throw new AssertionError("the test flow does not validate:\n" + report);
        }
        CompileResult compiled = new FlowCompiler().compile(set);
        if (compiled.hasErrors()) {
            throw new AssertionError("the test flow does not compile:\n" + compiled.problems());
        }
        return compiled.flow(id).orElseThrow();
    }
}
