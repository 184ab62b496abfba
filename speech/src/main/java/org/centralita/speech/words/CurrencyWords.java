package org.centralita.speech.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * The words a language says money with (unit and cent names, their gender, "and", "minus") and
 * the rule set its days of the month are spelled with: the table in spoken-words.properties.
 */
final class CurrencyWords {

    private static final Properties TABLE = load();

    /** How one currency's units and minor units are named in one language. */
    record Names(String unit, String units, String gender, String minorUnit, String minorUnits, String minorGender) {
        String unit(boolean singular) {
            return singular ? unit : units;
        }

        String minor(boolean singular) {
            return singular ? minorUnit : minorUnits;
        }
    }

    private CurrencyWords() {
    }

    /** The names of {@code currency} in {@code language} (an ISO 639 code), when the table has them. */
    static Optional<Names> names(String language, String currency) {
        String entry = TABLE.getProperty(language + "." + currency);
        String and = TABLE.getProperty(language + ".and");
        if (entry == null || and == null) {
            return Optional.empty();
        }
        String[] f = Arrays.stream(entry.split(",", -1)).map(String::strip).toArray(String[]::new);
        if (f.length != 6) {
            throw new IllegalStateException("spoken-words.properties: " + language + "." + currency
                    + " needs six fields (unit, units, gender, minor unit, minor units, gender), has " + f.length);
        }
        return Optional.of(new Names(f[0], f[1], f[2], f[3], f[4], f[5]));
    }

    /** The word between whole units and cents ("and"). */
    static String and(String language) {
        return TABLE.getProperty(language + ".and", "");
    }

    /** The word before a negative amount ("minus"). */
    static String minus(String language) {
        return TABLE.getProperty(language + ".minus", "");
    }

    /**
     * A spelled count and its unit, with the language's "of" between them where the count ends
     * on a word that takes one: "un millón de dólares", "deux millions d'euros", "one million dollars".
     */
    static String countedUnit(String language, String count, String unit) {
        String of = TABLE.getProperty(language + ".of");
        String after = TABLE.getProperty(language + ".of-after");
        if (of == null || after == null || unit.isEmpty()) {
            return count + " " + unit;
        }
        String last = count.substring(count.lastIndexOf(' ') + 1);
        boolean takesOf = Arrays.stream(after.split(",")).map(String::strip).anyMatch(last::equalsIgnoreCase);
        if (!takesOf) {
            return count + " " + unit;
        }
        String elided = TABLE.getProperty(language + ".of-vowel");
        if (elided != null && "aeiouáéíóúàèìòùâêîôû".indexOf(Character.toLowerCase(unit.charAt(0))) >= 0) {
            return count + " " + elided + unit;
        }
        return count + " " + of + " " + unit;
    }

    /** The ICU rule set for the day of the month, or null for the language's plain numbering. */
    static String dayRuleSet(String language) {
        return TABLE.getProperty(language + ".day");
    }

    private static Properties load() {
        Properties table = new Properties();
        InputStream in = CurrencyWords.class.getResourceAsStream("spoken-words.properties");
        if (in == null) {
            throw new IllegalStateException("spoken-words.properties is missing from the speech module");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            table.load(reader);
            return table;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("spoken-words.properties cannot be read", unreadable);
        }
    }
}
