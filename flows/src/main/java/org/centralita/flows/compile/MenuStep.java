package org.centralita.flows.compile;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.MenuNode;
import org.centralita.flows.yaml.YamlNode;

/** Compiles {@code menu} nodes: each option {@code KEY: {say: [phrases], next: node}} or {@code KEY: node}. */
final class MenuStep implements NodeStep {

    static final String KEYS = "0123456789*#";

    @Override
    public ExecutableNode compile(NodeContext node) {
        return new MenuNode(node.id(), node.prompt("prompt"), options(node), node.timing(),
                node.prompt("no-input-prompt"), node.prompt("no-match-prompt"), node.decimal("confidence"),
                node.outcome("max-retries"), node.outcome("error"));
    }

    private static List<MenuNode.Option> options(NodeContext node) {
        List<MenuNode.Option> options = new ArrayList<>();
        node.mapping("options").entries().forEach((key, entry) -> {
            if (key.length() != 1 || KEYS.indexOf(key.charAt(0)) < 0) {
                node.error(entry.keyPosition(), "option '" + key + "' is not a key (0-9, *, #)");
            }
            YamlNode value = entry.value();
            if (value instanceof YamlNode.Mapping option) {
                String next = option.get("next").map(n -> node.target(n, "option '" + key + "'"))
                        .orElseGet(() -> node.fail(option.position(), "option '" + key + "' has no 'next'", null));
                options.add(new MenuNode.Option(key, Phrases.of(option.get("say").orElse(null), node), next));
            } else {
                options.add(new MenuNode.Option(key, List.of(), node.target(value, "option '" + key + "'")));
            }
        });
        return options;
    }
}
