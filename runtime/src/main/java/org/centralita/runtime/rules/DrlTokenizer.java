package org.centralita.runtime.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into identifiers and symbols with their line and column, leaving out comments
 * and string literals, so that the sandbox sees only the names the rules use.
 */
final class DrlTokenizer {

    /** A word or a symbol at a 1-based line and column. */
    record Token(String text, int line, int column) {
        boolean isIdentifier() {
            return Character.isJavaIdentifierStart(text.charAt(0));
        }

        boolean is(String symbol) {
            return text.equals(symbol);
        }
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private DrlTokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String drl) {
        DrlTokenizer tokenizer = new DrlTokenizer(drl);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = ++pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                skipTo("\n", false);
            } else if (text.startsWith("/*", pos)) {
                skipTo("*/", true);
            } else if (c == '"' || c == '\'') {
                skipString(c);
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(text.substring(start, pos), line, start - lineStart + 1));
            } else {
                tokens.add(new Token(String.valueOf(c), line, pos - lineStart + 1));
                pos++;
            }
        }
    }

    /** Moves past {@code end} (or to the end of the text), counting the lines skipped. */
    private void skipTo(String end, boolean consumeEnd) {
        int found = text.indexOf(end, pos + 2);
        int stop = found < 0 ? text.length() : found + (consumeEnd ? end.length() : 0);
        countLines(pos, stop);
        pos = stop;
    }

    private void skipString(char quote) {
        int i = pos + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        boolean closed = i < text.length() && text.charAt(i) == quote;
        pos = closed ? i + 1 : Math.min(i, text.length());
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
    }
}
