package org.centralita.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.centralita.flows.executable.MenuNode;
import org.centralita.flows.executable.MenuNode.Option;

/** Offers the options by key (and by voice where they have phrases), with retries. */
final class MenuExecutor implements NodeExecutor<MenuNode> {

    private final Hearing hearing;

    MenuExecutor(Hearing hearing) {
        this.hearing = hearing;
    }

    @Override
    public Class<MenuNode> nodeClass() {
        return MenuNode.class;
    }

    @Override
    public Step execute(MenuNode node, Call call) {
        Listening listening = Listening.oneKey(node.timing().timeout(), node.timing().bargeIn(), node.acceptsSpeech());
        SpeechGrammar grammar = node.acceptsSpeech() ? grammar(node) : null;
        Optional<Option> chosen = Attempts.run(call, node.id(), node.timing().retries(), node.noInputPrompt(),
                node.noMatchPrompt(), attempt -> choose(node, call, listening, grammar));
        return chosen.map(option -> Step.toOutcome(option.next(), "option " + option.key()))
                .orElseGet(() -> Step.toOutcome(node.maxRetries(), "max-retries"));
    }

    private Attempts.Attempt<Option> choose(MenuNode node, Call call, Listening listening, SpeechGrammar grammar) {
        Heard heard = hearing.hear(Dialogue.ask(call, node.id(), node.prompt(), listening), "", grammar, node.confidence());
        if (heard instanceof Heard.Keys keys) {
            call.trace().input(node.id(), "dtmf", keys.keys(), null, false);
            return option(node, keys.keys());
        }
        if (heard instanceof Heard.Said said) {
            call.trace().input(node.id(), "speech", said.match().words(), said.match().confidence(), false);
            return option(node, said.match().value());
        }
        if (heard instanceof Heard.Unrecognized unrecognized) {
            call.trace().input(node.id(), "speech", unrecognized.words(), unrecognized.confidence(), false);
            return Attempts.noMatch();
        }
        return Attempts.noInput();
    }

    private static Attempts.Attempt<Option> option(MenuNode node, String key) {
        for (Option option : node.options()) {
            if (option.key().equals(key)) {
                return Attempts.accepted(option);
            }
        }
        return Attempts.noMatch();
    }

    private static SpeechGrammar grammar(MenuNode node) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        node.options().forEach(o -> byKey.put(o.key(), o.phrases()));
        return new SpeechGrammar.Phrases(byKey);
    }
}
