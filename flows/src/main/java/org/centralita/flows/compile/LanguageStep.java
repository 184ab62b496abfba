package org.centralita.flows.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.LanguageNode;
import org.centralita.flows.yaml.YamlNode;

/** Compiles {@code language} nodes: options {@code KEY: LANG} or {@code KEY: {language: LANG, say: [...]}}. */
final class LanguageStep implements NodeStep {

    @Override
    public ExecutableNode compile(NodeContext node) {
        String set = node.text("set");
        Map<String, String> options = options(node);
        if (set == null && options.isEmpty()) {
            node.error(node.positionOf("set"), "a language node needs 'set' (a language) or 'options' (key to language)");
        }
        return new LanguageNode(node.id(), set, options, node.prompt("prompt"), node.timing(),
                node.outcome("next"), node.outcome("error"));
    }

    private static Map<String, String> options(NodeContext node) {
        Map<String, String> options = new LinkedHashMap<>();
        node.mapping("options").entries().forEach((key, entry) -> {
            YamlNode value = entry.value();
            YamlNode language = value instanceof YamlNode.Mapping m ? m.get("language").orElse(value) : value;
            String tag = node.scalar(language, "option '" + key + "'");
            if (tag != null) {
                options.put(key, tag);
            }
        });
        return options;
    }
}
