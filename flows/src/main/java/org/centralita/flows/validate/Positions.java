package org.centralita.flows.validate;

import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/** Maps a column inside a scalar's text to the file's column, where the text allows it. */
final class Positions {

    private Positions() {
    }

    /**
     * The position of the 1-based {@code column} of {@code scalar}'s value. Exact for text on one
     * line without escapes; the scalar's own position otherwise (a block or folded scalar).
     */
    static SourcePosition inside(YamlNode.Scalar scalar, int column) {
        SourcePosition start = scalar.position();
        String value = scalar.value();
        if (column <= 0 || value.indexOf('\n') >= 0 || value.indexOf('\\') >= 0 || value.indexOf('\'') >= 0) {
            return start;
        }
        int offset = scalar.quoted() ? 1 : 0;
        return new SourcePosition(start.file(), start.line(), start.column() + offset + column - 1);
    }
}
