package org.centralita.runtime.rules;

/**
 * Line and column of places in a DRL file, so that a breach found in a piece of code Drools
 * parsed out of the file (a consequence, a function body) is reported where the author wrote it.
 */
final class SourceMap {

    private final String text;

    SourceMap(String text) {
        this.text = text;
    }

    /** Where {@code snippet} starts, searching from {@code from}; null when Drools reshaped it. */
    Place find(String snippet, int from) {
        int at = snippet.isEmpty() ? -1 : text.indexOf(snippet, Math.max(0, from));
        return at < 0 ? null : placeOf(at);
    }

    /** The 1-based line and column of a character offset. */
    Place placeOf(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Place(line, offset - lineStart + 1);
    }

    /** A 1-based line and column (column 0 when unknown). */
    record Place(int line, int column) {

        /** The place in the file of a 1-based line and column inside a snippet that starts here. */
        Place inside(int snippetLine, int snippetColumn) {
            return snippetLine <= 1 ? new Place(line, column == 0 ? 0 : column + snippetColumn - 1)
                    : new Place(line + snippetLine - 1, snippetColumn);
        }
    }
}
