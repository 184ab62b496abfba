package org.centralita.flows.validate;

/**
 * Text as it may be shown on a terminal and kept to one line: line breaks, escape sequences and
 * other control or direction-changing characters (which a flow's YAML can write as {@code "\e[2J"}
 * or {@code "\u0007"}) are written as escapes, so that no value can clear the screen, ring the
 * bell, reorder what is read, or break the one-error-per-line form of the command line.
 */
public final class PrintableText {

    private static final char ESCAPE = 0x1B;

    private PrintableText() {
    }

    /** {@code text} on one line, every control character written as an escape ({@code \n}, {@code \e}, {@code \u0007}). */
    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(PrintableText::unsafe)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!unsafe(c)) {
                shown.appendCodePoint(c);
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (c == ESCAPE) {
                shown.append("\\e");
            } else {
                shown.append(String.format("\\u%04X", c));
            }
        });
        return shown.toString();
    }

    /** Control characters (C0, DEL, C1), and format characters such as the bidirectional overrides. */
    private static boolean unsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || c == 0x2028 || c == 0x2029;
    }
}
