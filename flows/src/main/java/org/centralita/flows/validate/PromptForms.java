package org.centralita.flows.validate;

import java.util.List;
import java.util.Set;
import org.centralita.flows.yaml.YamlNode;

/**
 * How a written prompt is told apart, the one rule the validator and the compiler share.
 * <ul>
 * <li>A scalar equal to a key of {@code prompts} is that prompt.</li>
 * <li>A scalar written like a key ({@code [a-z][a-z0-9-]*}: one lower-case word, no spaces or
 *     punctuation) that is no key is an error ("unknown prompt"): to speak such a word, write
 *     {@code {text: goodbye}}.</li>
 * <li>Any other scalar is inline text, with {@code ${...}} interpolation.</li>
 * <li>A map whose keys all look like language tags is a map by language; its values are text
 *     or segments, never prompt keys.</li>
 * <li>Any other map is one segment; a list holds segments (a scalar item is text).</li>
 * </ul>
 * Only the top of a node's prompt field may name a key: entries of {@code prompts}, values of a
 * map by language and items of a list are always text.
 */
public final class PromptForms {

    /** The segment kinds, in the order the format lists them. */
    public static final List<String> SEGMENT_KINDS =
            List.of("text", "audio", "say-number", "say-digits", "say-date", "say-money", "pause");

    /** The one key a segment may have besides its kind (for {@code say-money}). */
    public static final String CURRENCY = "currency";

    private PromptForms() {
    }

    /** Whether a scalar prompt names a prompt of {@code keys}. */
    public static boolean isKeyReference(String text, Set<String> keys) {
        return keys.contains(text);
    }

    /** Whether a scalar is written like a prompt key (and so must be one). */
    public static boolean looksLikeKey(String text) {
        return Names.isId(text);
    }

    /** Whether a map is a map by language rather than a segment. */
    public static boolean isLanguageMap(YamlNode.Mapping map) {
        return !map.entries().isEmpty() && map.entries().keySet().stream().allMatch(Names::isLanguage)
                && map.entries().keySet().stream().noneMatch(SEGMENT_KINDS::contains);
    }
}
