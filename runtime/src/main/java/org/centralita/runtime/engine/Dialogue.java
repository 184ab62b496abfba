package org.centralita.runtime.engine;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.runtime.channel.CallerInput;
import org.centralita.runtime.channel.Prompt;

/** Speaks to the caller and listens, writing each prompt heard to the trace. */
final class Dialogue {

    /** Every key a caller can press: any of them interrupts a prompt with barge-in. */
    static final String ALL_KEYS = "0123456789*#";

    private Dialogue() {
    }

    /** Plays a flow prompt. */
    static void play(Call call, String node, PromptSpec spec, boolean bargeIn) {
        Prompt prompt = render(call, node, spec);
        call.channel().play(prompt, bargeIn ? ALL_KEYS : "");
    }

    /** Plays one of the engine's own prompts, in the call's language. */
    static void playBuiltIn(Call call, String node, String key) {
        String text = BuiltInPrompts.text(key, call.language());
        call.trace().prompt(node, call.language(), text, java.util.List.of());
        call.channel().play(Prompt.text(call.language(), text), "");
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
        Prompt prompt = spec == null ? new Prompt(call.language(), java.util.List.of())
                : render(call, node, spec, names, extraSecrets);
        return call.channel().collect(listening.withPrompt(prompt));
    }

    /** Renders a flow prompt over the call's names and traces it, for channels that play it themselves. */
    static Prompt render(Call call, String node, PromptSpec spec) {
        return render(call, node, spec, call::names, Set.of());
    }

    private static Prompt render(Call call, String node, PromptSpec spec, Supplier<Map<String, Object>> names,
                                 Set<String> extraSecrets) {
        RenderedPrompt rendered = PromptRenderer.render(spec, call.language(), names,
                name -> call.isSensitive(name) || extraSecrets.contains(name));
        call.trace().prompt(node, call.language(), rendered.traceText(), rendered.audio());
        return rendered.prompt();
    }
}
