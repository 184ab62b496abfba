package org.centralita.speech.words;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.AttributedCharacterIterator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers, amounts of money and dates as words in one language, the way a caller hears them
 * ("one thousand five hundred twenty dollars and seventy-five cents", "mil quinientos veinte
 * dólares con setenta y cinco centavos"): ICU4J's spell-out rules, plural rules and date
 * patterns, with the unit names of {@code spoken-words.properties}. The same words go to the
 * synthesizer and to the call trace, so what the trace says is what the caller heard.
 */
public final class SpokenValues {

    private static final Map<String, SpokenValues> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final String SOFT_HYPHEN = "\u00AD";
    private static final String NUMBERING = "%spellout-numbering";
    private static final String YEAR = "%spellout-numbering-year";

    private final ULocale locale;
    private final String language;
    /** ICU formatters are not thread-safe: every use holds this object's lock (formatting takes microseconds). */
    private final RuleBasedNumberFormat spellout;
    private final List<String> ruleSets;
    private final PluralRules plurals;

    private SpokenValues(String languageTag) {
        this.locale = ULocale.forLanguageTag(languageTag);
        this.language = locale.getLanguage();
        this.spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        this.ruleSets = Arrays.asList(spellout.getRuleSetNames());
        this.plurals = PluralRules.forLocale(locale);
    }

    /** The words of {@code languageTag} (BCP 47, "en-US"; null is en-US). */
    public static SpokenValues of(String languageTag) {
        return BY_LANGUAGE.computeIfAbsent(languageTag == null ? "en-US" : languageTag, SpokenValues::new);
    }

    /** A number, decimals included: "two point five", "menos dos coma cinco". */
    public synchronized String number(BigDecimal number) {
        return spell(number, NUMBERING);
    }

    /**
     * An amount in a currency (ISO 4217), rounded to the currency's minor unit: whole units and
     * cents with their singular or plural names, "minus" before a negative amount.
     */
    public synchronized String money(BigDecimal amount, String currency) {
        Currency unit = Currency.getInstance(currency);
        BigDecimal rounded = amount.setScale(Math.max(0, unit.getDefaultFractionDigits()), RoundingMode.HALF_UP);
        Optional<CurrencyWords.Names> names = CurrencyWords.names(language, unit.getCurrencyCode());
        if (names.isEmpty()) {
            String plural = plurals.select(rounded.abs().doubleValue());
            return CurrencyWords.countedUnit(language, spell(rounded, NUMBERING),
                    unit.getName(locale, Currency.PLURAL_LONG_NAME, plural, null));
        }
        BigDecimal size = rounded.abs();
        BigInteger whole = size.toBigInteger();
        BigInteger cents = size.subtract(new BigDecimal(whole)).movePointRight(rounded.scale()).toBigInteger();
        CurrencyWords.Names name = names.get();
        String units = CurrencyWords.countedUnit(language, count(whole, name.gender()), name.unit(isOne(whole)));
        String minor = CurrencyWords.countedUnit(language, count(cents, name.minorGender()), name.minor(isOne(cents)));
        String words = cents.signum() == 0 ? units
                : whole.signum() == 0 ? minor : units + " " + CurrencyWords.and(language) + " " + minor;
        return rounded.signum() < 0 ? CurrencyWords.minus(language) + " " + words : words;
    }

    /** A date as people say it: "December twenty-fifth, twenty twenty-six", "veinticinco de diciembre de dos mil veintiséis". */
    public synchronized String date(LocalDate date) {
        DateFormat pattern = DateFormat.getDateInstance(DateFormat.LONG, locale);
        pattern.setTimeZone(TimeZone.GMT_ZONE);
        Date noon = Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
        String formatted = pattern.format(noon);
        AttributedCharacterIterator parts = pattern.formatToCharacterIterator(noon);
        StringBuilder words = new StringBuilder();
        while (parts.getIndex() < parts.getEndIndex()) {
            int end = parts.getRunLimit();
            words.append(field(parts.getAttributes().keySet(), date, formatted.substring(parts.getIndex(), end)));
            parts.setIndex(end);
        }
        return words.toString();
    }

    /** A run of the formatted date: the day and the year spelled out, the rest (month, words) as it is. */
    private String field(Set<AttributedCharacterIterator.Attribute> field, LocalDate date, String text) {
        if (field.contains(DateFormat.Field.DAY_OF_MONTH)) {
            String day = CurrencyWords.dayRuleSet(language);
            return spell(BigDecimal.valueOf(date.getDayOfMonth()), day == null ? NUMBERING : day);
        }
        if (field.contains(DateFormat.Field.YEAR)) {
            return spell(BigDecimal.valueOf(date.getYear()), YEAR);
        }
        return text;
    }

    private boolean isOne(BigInteger count) {
        return plurals.select(count.doubleValue()).equals(PluralRules.KEYWORD_ONE);
    }

    /** A count before a noun of that gender ("un dólar", "una libra"), where the language has the rule set. */
    private String count(BigInteger count, String gender) {
        String cardinal = "%spellout-cardinal";
        String ruleSet = !gender.isEmpty() && ruleSets.contains(cardinal + "-" + gender) ? cardinal + "-" + gender
                : ruleSets.contains(cardinal) ? cardinal : NUMBERING;
        return spell(new BigDecimal(count), ruleSet);
    }

    private String spell(BigDecimal number, String ruleSet) {
        spellout.setDefaultRuleSet(ruleSets.contains(ruleSet) ? ruleSet : null);
        return spellout.format(number).replace(SOFT_HYPHEN, "");
    }
}
