package org.centralita.flows.compile;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.yaml.YamlNode;

/** Reads spoken phrases written as one text or a list of texts ({@code say}, a list grammar). */
final class Phrases {

    private Phrases() {
    }

    /** The phrases, or none when {@code written} is null. */
    static List<String> of(YamlNode written, NodeContext node) {
        if (written == null || written instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        List<YamlNode> items = written instanceof YamlNode.Sequence seq ? seq.items() : List.of(written);
        List<String> phrases = new ArrayList<>();
        for (YamlNode item : items) {
            String phrase = node.scalar(item, "a phrase");
            if (phrase != null) {
                phrases.add(phrase.trim());
            }
        }
        return phrases;
    }
}
