package org.centralita.flows.validate;

import java.util.List;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.yaml.YamlNode;

/** A menu: one DTMF key per option, each with a way on; no phrase claimed by two options. */
final class MenuValidator implements NodeValidator {

    /** The keys of each item, from the registry. */
    static final List<String> OPTION_KEYS = NodeTypes.itemNames("menu", "options");

    @Override
    public String type() {
        return "menu";
    }

    @Override
    public void validate(NodeScope scope) {
        ChoiceChecks.confidence(scope);
        ChoiceChecks.map(scope, "options").ifPresent(options -> {
            if (options.entries().isEmpty()) {
                scope.error(options.position(), "'options' has no options");
            }
            ChoiceChecks.Phrases phrases = new ChoiceChecks.Phrases();
            options.entries().values().forEach(option -> option(scope, option, phrases));
        });
    }

    private static void option(NodeScope scope, YamlNode.Entry option, ChoiceChecks.Phrases phrases) {
        ChoiceChecks.key(scope, option);
        if (!(option.value() instanceof YamlNode.Mapping body)) {
            scope.error(option.value().position(), "option '" + option.key()
                    + "' must be a map {say: [phrases], next: node}, not " + option.value().kind());
            return;
        }
        ChoiceChecks.optionKeys(scope, option, body, OPTION_KEYS);
        if (!body.has("next")) {
            scope.error(body.position(), "option '" + option.key() + "' has no 'next' (the node it goes to)");
        } else if (!(body.get("next").orElseThrow() instanceof YamlNode.Scalar s) || s.isNull()) {
            scope.error(body.get("next").orElseThrow().position(), "option '" + option.key() + "': 'next' must name a node");
        }
        body.get("say").ifPresent(say -> phrases.add(scope, option.key(), say));
    }
}
