package org.centralita.runtime.speech;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Template;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.TextToSpeech;

/**
 * Synthesizes a flow's static prompts when it is published, so that no call waits for them: every
 * constant text segment (no {@code ${...}}) of every prompt of every node, in every language of the
 * flow that a voice speaks, subflows included. Text with values is left for call time. The prompt
 * cache keys on the text exactly as the engine renders it, so the calls find these files.
 */
public final class StaticPrompts {

    private final TextToSpeech tts;
    private final PromptCache cache;

    public StaticPrompts(TextToSpeech tts, PromptCache cache) {
        this.tts = tts;
        this.cache = cache;
    }

    /** What a publish synthesized (or found cached), and the languages left to recordings. */
    public record Synthesized(int prompts, Set<String> languagesWithoutVoice) {
    }

    /** Synthesizes (or finds in the cache) every static prompt of {@code flow}. */
    public Synthesized synthesize(ExecutableFlow flow) {
        Set<String> withoutVoice = new LinkedHashSet<>();
        List<String> done = new ArrayList<>();
        synthesize(flow, withoutVoice, done);
        return new Synthesized(done.size(), withoutVoice);
    }

    private void synthesize(ExecutableFlow flow, Set<String> withoutVoice, List<String> done) {
        for (String language : flow.languages()) {
            if (!tts.supports(language)) {
                withoutVoice.add(language);
                continue;
            }
            for (ExecutableNode node : flow.nodes().values()) {
                for (PromptSpec prompt : promptsOf(node)) {
                    constantTexts(prompt.segments(language)).forEach(text -> {
                        cache.audioFor(text, language);
                        done.add(text);
                    });
                }
            }
        }
        flow.subflows().values().forEach(subflow -> synthesize(subflow, withoutVoice, done));
    }

    private static List<String> constantTexts(List<SegmentSpec> segments) {
        return segments.stream().filter(SegmentSpec.Text.class::isInstance).map(s -> ((SegmentSpec.Text) s).text())
                .filter(template -> template.variables().isEmpty())
                .flatMap(StaticPrompts::rendered)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** The text of a constant template; one that fails without any value fails at call time too, and is left to it. */
    private static Stream<String> rendered(Template template) {
        try {
            return Stream.of(template.render(Map.of()));
        } catch (ExpressionException failsAnyway) {
            return Stream.empty();
        }
    }

    /**
     * Every prompt a node holds ({@code prompt}, {@code no-match-prompt}, {@code confirm}...),
     * read from its record components so that a new node type needs no change here.
     */
    static List<PromptSpec> promptsOf(ExecutableNode node) {
        List<PromptSpec> prompts = new ArrayList<>();
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            if (component.getType() == PromptSpec.class) {
                try {
                    PromptSpec prompt = (PromptSpec) component.getAccessor().invoke(node);
                    if (prompt != null) {
                        prompts.add(prompt);
                    }
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + node.id(), unreadable);
                }
            }
        }
        return prompts;
    }
}
