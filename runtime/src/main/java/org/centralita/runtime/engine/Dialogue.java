package org.centralita.runtime.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.PromptNotPlayed;

/**
 * Speaks to the caller and listens, writing each prompt heard to the trace: stamped when it
 * began, written once the channel has played it (or the caller cut it short), so a prompt the
 * channel could not play is never traced as heard; it fails the node instead.
 */
final class Dialogue {

    /** Every key a caller can press: any of them interrupts a prompt with barge-in. */
    static final String ALL_KEYS = "0123456789*#";

    private Dialogue() {
    }

    /** Plays a flow prompt. */
    static void play(Call call, String node, PromptSpec spec, boolean bargeIn) {
        RenderedPrompt rendered = render(call, spec, call::names, Set.of());
        heard(call, node, rendered, () -> call.channel().play(rendered.prompt(), bargeIn ? ALL_KEYS : ""));
    }

    /** Plays one of the engine's own prompts, in the call's language. */
    static void playBuiltIn(Call call, String node, String key) {
        String text = BuiltInPrompts.text(key, call.language());
        RenderedPrompt rendered = new RenderedPrompt(Prompt.text(call.language(), text), text, List.of());
        heard(call, node, rendered, () -> call.channel().play(rendered.prompt(), ""));
    }

    /**
     * Runs {@code playing} (the channel playing the prompt, maybe then listening) and traces the
     * prompt as heard from when it began: after it played, or when the caller hung up during it
     * or listening failed after it. A prompt the channel could not play fails the node, untraced.
     */
    static <T> T heard(Call call, String node, RenderedPrompt rendered, Supplier<T> playing) {
        long began = call.trace().elapsedMillis();
        T result;
        try {
            result = playing.get();
        } catch (PromptNotPlayed missing) {
            throw new NodeFailure("prompt not played: " + missing.getMessage());
        } catch (RuntimeException afterThePrompt) {
            // the caller hung up, or listening failed: the prompt itself was heard
            call.trace().prompt(began, node, call.language(), rendered.traceText(), rendered.audio());
            throw afterThePrompt;
        }
        call.trace().prompt(began, node, call.language(), rendered.traceText(), rendered.audio());
        return result;
    }

    /** Plays the node's prompt when it has one, else the built-in one. */
    static void playOrBuiltIn(Call call, String node, PromptSpec spec, String builtInKey) {
        if (spec != null) {
            play(call, node, spec, false);
        } else {
            playBuiltIn(call, node, builtInKey);
        }
    }

    /** Plays {@code spec} (null: nothing) and waits for the caller as {@code listening} says. */
    static CallerInput ask(Call call, String node, PromptSpec spec, Listening listening) {
        return ask(call, node, spec, listening, call::names, Set.of());
    }

    /** As {@link #ask(Call, String, PromptSpec, Listening)}, the prompt filled in over {@code names}. */
    static CallerInput ask(Call call, String node, PromptSpec spec, Listening listening,
                           Map<String, Object> names, Set<String> extraSecrets) {
        return ask(call, node, spec, listening, () -> names, extraSecrets);
    }

    private static CallerInput ask(Call call, String node, PromptSpec spec, Listening listening,
                                   Supplier<Map<String, Object>> names, Set<String> extraSecrets) {
        if (spec == null) {
            return call.channel().collect(listening.withPrompt(new Prompt(call.language(), List.of())));
        }
        RenderedPrompt rendered = render(call, spec, names, extraSecrets);
        return heard(call, node, rendered, () -> call.channel().collect(listening.withPrompt(rendered.prompt())));
    }

    /** Renders a flow prompt over the call's names, for nodes whose channel call plays it (trace it with {@link #heard}). */
    static RenderedPrompt render(Call call, PromptSpec spec) {
        return render(call, spec, call::names, Set.of());
    }

    private static RenderedPrompt render(Call call, PromptSpec spec, Supplier<Map<String, Object>> names,
                                         Set<String> extraSecrets) {
        return PromptRenderer.render(spec, call.language(), names,
                name -> call.isSensitive(name) || extraSecrets.contains(name));
    }
}
