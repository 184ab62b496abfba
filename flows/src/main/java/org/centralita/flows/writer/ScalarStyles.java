package org.centralita.flows.writer;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Chooses how a text is written: plain when YAML reads it back as the same text, a literal block
 * for several lines, double quotes otherwise (as {@code "#"}). The emitter still falls back to
 * quotes by itself for any plain text it cannot write plain.
 */
final class ScalarStyles {

    /** Characters that give a plain scalar another meaning at its start. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private static final Resolver RESOLVER = new Resolver();

    private ScalarStyles() {
    }

    /** The type YAML gives {@code text} written plain: a number, true/false, null, a date, or text. */
    static Tag plainTag(String text) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        return tag.equals(Tag.YAML) || tag.equals(Tag.MERGE) ? Tag.STR : tag;
    }

    /** The style of {@code text}; {@code mustQuote} when it would read back as another type. */
    static ScalarStyle of(String text, boolean mustQuote) {
        if (text.indexOf('\n') >= 0 && !hasTrailingSpaceOnALine(text)) {
            return ScalarStyle.LITERAL;
        }
        return mustQuote || needsQuotes(text) ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty() || text.indexOf('\n') >= 0 || !text.strip().equals(text)) {
            return true;
        }
        char first = text.charAt(0);
        boolean plainDash = (first == '-' || first == '?' || first == ':') && text.length() > 1 && text.charAt(1) != ' ';
        if (INDICATORS.indexOf(first) >= 0 && !plainDash) {
            return true;
        }
        return text.contains(": ") || text.contains(" #") || text.endsWith(":") || text.indexOf('\t') >= 0;
    }

    private static boolean hasTrailingSpaceOnALine(String text) {
        return text.contains(" \n") || text.endsWith(" ") || text.startsWith(" ");
    }
}
