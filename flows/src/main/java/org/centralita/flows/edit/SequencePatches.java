package org.centralita.flows.edit;

import java.util.List;
import org.centralita.flows.writer.ValueWriter;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The smallest text changes that add or remove one item of a YAML list, in the list's own style
 * ({@code - item} lines, or {@code [a, b]}).
 */
final class SequencePatches {

    private final YamlSource source;

    SequencePatches(YamlSource source) {
        this.source = source;
    }

    /** Adds {@code value} after the last item of {@code list}. */
    TextChange append(SequenceNode list, Object value) {
        List<Node> items = list.getValue();
        String item = ValueWriter.inline(value);
        if (!source.isBlock(list)) {
            int close = source.end(list) - 1;
            return TextChange.insert(close, items.isEmpty() ? item : ", " + item);
        }
        Node last = items.get(items.size() - 1);
        int dash = source.text().lastIndexOf('-', source.start(last));
        int at = source.nextLine(source.end(last));
        String lineBreak = source.lineBreak();
        String lead = at == source.text().length() && !source.text().endsWith("\n") ? lineBreak : "";
        return TextChange.insert(at, lead + " ".repeat(source.column(dash)) + "- " + item + lineBreak);
    }

    /** Removes the item at {@code index} of {@code list}. */
    TextChange remove(SequenceNode list, int index) {
        List<Node> items = list.getValue();
        if (index < 0 || index >= items.size()) {
            throw new EditException("there is no item " + (index + 1) + " to remove (the list has " + items.size() + ")");
        }
        Node item = items.get(index);
        if (items.size() == 1) {
            return change(source.start(list), source.end(list), "[]");
        }
        if (!source.isBlock(list)) {
            return index + 1 < items.size()
                    ? change(source.start(item), source.start(items.get(index + 1)), "")
                    : change(source.end(items.get(index - 1)), source.end(item), "");
        }
        int dash = source.text().lastIndexOf('-', source.start(item));
        return new LineRemoval(source).lines(source.lineStart(dash), source.nextLine(source.end(item)));
    }

    private TextChange change(int start, int end, String inserted) {
        return new TextChange(start, source.text().substring(start, end), inserted);
    }
}
