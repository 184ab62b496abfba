package org.centralita.flows.validate;

import java.util.List;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.flows.yaml.YamlNode;

/**
 * A language node: either {@code set} (a language of the flow) or {@code options} asking the
 * caller, each {@code KEY: LANG} or {@code KEY: {language: LANG, say: [phrases]}}.
 */
final class LanguageValidator implements NodeValidator {

    /** The keys of each item, from the registry. */
    static final List<String> OPTION_KEYS = NodeTypes.itemNames("language", "options");

    @Override
    public String type() {
        return "language";
    }

    @Override
    public void validate(NodeScope scope) {
        boolean sets = scope.node().field("set").isPresent();
        boolean asks = scope.node().field("options").isPresent();
        if (sets == asks) {
            scope.error(scope.node().position(), sets ? "give 'set' or 'options', not both"
                    : "a language node needs 'set' (a language of the flow) or 'options' (key to language)");
        }
        if (asks && scope.node().field("prompt").isEmpty()) {
            scope.warning(scope.node().position(), "'options' are offered without a 'prompt': the caller hears nothing");
        }
        ChoiceChecks.Phrases phrases = new ChoiceChecks.Phrases();
        ChoiceChecks.map(scope, "options").ifPresent(options ->
                options.entries().values().forEach(option -> option(scope, option, phrases)));
    }

    @Override
    public boolean waitsForCaller(NodeScope scope) {
        return scope.node().field("options").isPresent();
    }

    private static void option(NodeScope scope, YamlNode.Entry option, ChoiceChecks.Phrases phrases) {
        ChoiceChecks.key(scope, option);
        YamlNode language = option.value();
        if (option.value() instanceof YamlNode.Mapping body) {
            ChoiceChecks.optionKeys(scope, option, body, OPTION_KEYS);
            body.get("say").ifPresent(say -> phrases.add(scope, option.key(), say));
            language = body.get("language").orElse(null);
            if (language == null) {
                scope.error(body.position(), "option '" + option.key() + "' has no 'language'");
                return;
            }
        }
        List<String> languages = scope.model().languages();
        if (!(language instanceof YamlNode.Scalar s) || !languages.contains(s.value())) {
            String written = language instanceof YamlNode.Scalar s ? "'" + s.value() + "'" : language.kind();
            scope.error(language.position(), "option '" + option.key() + "': " + written
                    + " is not a language of the flow (" + String.join(", ", languages) + ")"
                    + (language instanceof YamlNode.Scalar s ? DidYouMean.suggest(s.value(), languages) : ""));
        }
    }
}
