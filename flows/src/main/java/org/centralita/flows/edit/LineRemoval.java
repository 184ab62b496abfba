package org.centralita.flows.edit;

/**
 * Removes whole lines, and one of two blank lines that the removal would leave next to each
 * other, so that deleting a node keeps the file's one-blank-line rhythm.
 */
final class LineRemoval {

    private final YamlSource source;

    LineRemoval(YamlSource source) {
        this.source = source;
    }

    /** Removes the lines from {@code from} (a line start) to {@code to} (the start of a later line). */
    TextChange lines(int from, int to) {
        String text = source.text();
        boolean blankBefore = from > 0 && source.blankLine(from - 1);
        boolean blankAfter = to < text.length() && source.blankLine(to);
        if (blankBefore && blankAfter) {
            to = source.nextLine(to);
        }
        return new TextChange(from, text.substring(from, to), "");
    }
}
