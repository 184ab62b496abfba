package org.centralita.flows.edit;

import org.centralita.flows.yaml.SourcePosition;

/**
 * Rewrites one name written at a position the flow reader gave, plain or in quotes. Names that
 * are rewritten (node ids, flow ids, outcome names) never need escapes, so the quotes stay.
 */
final class ScalarRewrite {

    private final YamlSource source;

    ScalarRewrite(YamlSource source) {
        this.source = source;
    }

    /** The change writing {@code newName} where {@code oldName} is written at {@code position}. */
    TextChange at(SourcePosition position, String oldName, String newName) {
        int offset = source.offsetOf(position);
        String text = source.text();
        char first = offset < text.length() ? text.charAt(offset) : ' ';
        int start = first == '"' || first == '\'' ? offset + 1 : offset;
        if (!text.startsWith(oldName, start)) {
            throw new IllegalStateException("expected '" + oldName + "' at " + position);
        }
        return new TextChange(start, oldName, newName);
    }
}
