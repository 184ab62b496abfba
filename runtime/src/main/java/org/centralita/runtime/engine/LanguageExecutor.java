package org.centralita.runtime.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.executable.LanguageNode;

/**
 * Sets the call's language, or asks the caller to choose one by key (or by saying it); when
 * every attempt fails the call keeps its language.
 */
final class LanguageExecutor implements NodeExecutor<LanguageNode> {

    private final Hearing hearing;

    LanguageExecutor(Hearing hearing) {
        this.hearing = hearing;
    }

    @Override
    public Class<LanguageNode> nodeClass() {
        return LanguageNode.class;
    }

    @Override
    public Step execute(LanguageNode node, Call call) {
        Optional<String> chosen = node.set() != null ? Optional.of(node.set()) : ask(node, call);
        chosen.ifPresent(language -> {
            call.setLanguage(language);
            call.trace().language(node.id(), language);
        });
        return Step.toOutcome(node.next(), "next");
    }

    private Optional<String> ask(LanguageNode node, Call call) {
        Listening listening = Listening.oneKey(node.timing().timeout(), node.timing().bargeIn(), true);
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        node.options().values().forEach(language -> byLanguage.put(language, List.of(language)));
        SpeechGrammar grammar = new SpeechGrammar.Phrases(byLanguage);
        return Attempts.run(call, node.id(), node.timing().retries(), null, null, attempt -> {
            Heard heard = hearing.hear(Dialogue.ask(call, node.id(), node.prompt(), listening), "", grammar, 0);
            if (heard instanceof Heard.Keys keys) {
                call.trace().input(node.id(), "dtmf", keys.keys(), null, false);
                String language = node.options().get(keys.keys());
                return language != null ? Attempts.accepted(language) : Attempts.noMatch();
            }
            if (heard instanceof Heard.Said said) {
                call.trace().input(node.id(), "speech", said.match().words(), said.match().confidence(), false);
                return Attempts.accepted(said.match().value());
            }
            return heard instanceof Heard.Silent ? Attempts.noInput() : Attempts.noMatch();
        });
    }
}
