package org.centralita.flows.compile;

import java.util.List;
import java.util.Optional;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.InputNode;
import org.centralita.flows.yaml.YamlNode;

/** Compiles {@code input} nodes: grammar, validation and the stored variable's sensitivity. */
final class InputStep implements NodeStep {

    @Override
    public ExecutableNode compile(NodeContext node) {
        Optional<YamlNode> grammar = node.value("grammar");
        boolean phrases = grammar.isPresent() && grammar.get() instanceof YamlNode.Sequence;
        String store = node.text("store");
        String terminator = node.text("terminator");
        return new InputNode(node.id(), node.prompt("prompt"), node.text("mode"), node.integer("min-digits"),
                node.integer("max-digits"), terminator == null ? "" : terminator, node.timing(),
                phrases ? null : node.text("grammar"), phrases ? Phrases.of(grammar.get(), node) : List.of(),
                validation(node), node.prompt("confirm"), store, store != null && node.flow().flow().isSensitive(store),
                node.prompt("no-input-prompt"), node.prompt("no-match-prompt"), node.decimal("confidence"),
                node.outcome("next"), node.outcome("max-retries"), node.outcome("error"));
    }

    private static InputNode.Validation validation(NodeContext node) {
        String valid = node.text("valid");
        if (valid == null) {
            return null;
        }
        if ("luhn".equals(valid.trim())) {
            return new InputNode.Validation.Luhn();
        }
        return new InputNode.Validation.Check(node.expression("valid"));
    }
}
