package org.centralita.speech.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrammarTest {

    private static final Grammar MENU = Grammar.phrases(Map.of(
            "1", List.of("billing", "pay my bill"),
            "2", List.of("technical support"),
            "0", List.of("agent", "operator")));

    private static Optional<String> value(Grammar grammar, String words) {
        return grammar.interpret(words).map(Interpretation::value);
    }

    @Test
    void shouldTellDigitStringsFromOtherGrammars() {
        // the recognizer estimates telephone audio's missing high band for digit strings only
        assertThat(Grammar.builtin("digits", 4, 8).digitString()).isTrue();
        assertThat(Grammar.builtin("digits").digitString()).isTrue();
        assertThat(List.of(MENU, Grammar.builtin("yes-no"), Grammar.builtin("number"), Grammar.builtin("date"),
                Grammar.builtin("money"))).noneMatch(Grammar::digitString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "billing|1", "Pay my bill!|1", "TECHNICAL support.|2", "I want an agent please|0", "operator|0"})
    void shouldMapPhrasesToTheirTag(String words, String tag) {
        assertThat(value(MENU, words)).contains(tag);
    }

    @Test
    void shouldNotMatchWordsOutsideThePhrases() {
        assertThat(MENU.interpret("sales")).isEmpty();
        assertThat(MENU.interpret("")).isEmpty();
    }

    @Test
    void shouldReportTheMatchedWords() {
        assertThat(MENU.interpret("Pay my bill, please")).contains(new Interpretation("1", "pay my bill"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "one two three four|1234", "1 2 3 4|1234", "1234|1234", "four oh five zero|4050", "Nine, eight, seven, six.|9876"})
    void shouldReadDigitStrings(String words, String digits) {
        assertThat(value(Grammar.builtin("digits", 4, 8), words)).contains(digits);
    }

    @Test
    void shouldRejectDigitCountsOutsideTheBounds() {
        Grammar pin = Grammar.builtin("digits", 4, 6);
        assertThat(pin.interpret("one two three")).isEmpty();
        assertThat(pin.interpret("1 2 3 4 5 6 7")).isEmpty();
        assertThat(pin.interpret("one two three apple")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yes|yes", "Yeah.|yes", "yes please|yes", "correct|yes", "no|no", "Nope!|no", "no thanks|no"})
    void shouldReadYesAndNo(String words, String answer) {
        assertThat(value(Grammar.builtin("yes-no", 1, 1), words)).contains(answer);
    }

    @Test
    void shouldNotTakeMaybeForAnAnswer() {
        assertThat(Grammar.builtin("yes-no").interpret("maybe")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "two hundred forty five|245", "two hundred and forty-five|245", "zero|0", "twelve|12",
            "one thousand two hundred thirty four|1234", "a hundred|100", "nineteen hundred|1900",
            "three thousand and six|3006", "245|245", "ninety nine thousand nine hundred ninety nine|99999"})
    void shouldReadNumbers(String words, String number) {
        assertThat(value(Grammar.builtin("number"), words)).contains(number);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"one two", "twenty thirty", "hundred", "five and", "thousand thousand"})
    void shouldRejectWordsThatAreNotOneNumber(String words) {
        assertThat(Grammar.builtin("number").interpret(words)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "december twenty fifth|--12-25", "December 25th|--12-25", "the first of may|--05-01",
            "december twenty fifth twenty twenty six|2026-12-25", "march third two thousand and nine|2009-03-03",
            "july fourth nineteen oh five|1905-07-04", "the thirty first of january 2027|2027-01-31",
            "2026-12-25|2026-12-25", "february twenty ninth|--02-29"})
    void shouldReadDates(String words, String date) {
        assertThat(value(Grammar.builtin("date"), words)).contains(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"february thirtieth", "the fifth", "december", "june thirty first"})
    void shouldRejectImpossibleOrIncompleteDates(String words) {
        assertThat(Grammar.builtin("date").interpret(words)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "twelve dollars fifty|12.50", "twelve dollars and fifty cents|12.50", "a hundred dollars|100.00",
            "fifty cents|0.50", "12.50|12.50", "one thousand two hundred dollars and five cents|1200.05", "$7|7.00"})
    void shouldReadMoney(String words, String amount) {
        assertThat(value(Grammar.builtin("money"), words)).contains(amount);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"twelve dollars two hundred", "fifty", "dollars"})
    void shouldRejectWordsThatAreNoAmount(String words) {
        assertThat(Grammar.builtin("money").interpret(words)).isEmpty();
    }

    @Test
    void shouldNameTheKnownGrammarsWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> Grammar.builtin("colour", 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown built-in grammar 'colour': expected one of digits, yes-no, number, date, money");
    }

    @Test
    void shouldRefuseAGrammarWithoutPhrases() {
        assertThatThrownBy(() -> Grammar.phrases(Map.of())).hasMessageContaining("no phrases");
        assertThatThrownBy(() -> Grammar.phrases(Map.of("1", List.of("  !")))).hasMessageContaining("has no words");
    }

    @Test
    void shouldRefuseImpossibleDigitBounds() {
        assertThatThrownBy(() -> Grammar.builtin("digits", 6, 4)).hasMessageContaining("6..4");
    }

    @Test
    void shouldWriteConstrainedDigitJsgf() {
        String jsgf = Grammar.builtin("digits", 2, 4).toJsgf("pin");
        assertThat(jsgf).startsWith("#JSGF V1.0;\n\ngrammar pin;")
                .contains("public <digits> = <digit> <digit> [<digit> [<digit>]];")
                .doesNotContain(" oh");
    }

    @Test
    void shouldWritePhrasesAsAlternatives() {
        Grammar grammar = Grammar.phrases(Map.of("1", List.of("Pay my bill!")));
        assertThat(grammar.toJsgf("menu")).contains("public <phrase> = pay my bill;");
    }

    @Test
    void shouldWriteTheSameJsgfWhateverOrderThePhrasesCameIn() {
        Map<String, List<String>> oneOrder = new java.util.LinkedHashMap<>();
        oneOrder.put("1", List.of("billing", "pay my bill"));
        oneOrder.put("0", List.of("agent"));
        Map<String, List<String>> otherOrder = new java.util.LinkedHashMap<>();
        otherOrder.put("0", List.of("agent"));
        otherOrder.put("1", List.of("pay my bill", "billing"));

        String jsgf = Grammar.phrases(oneOrder).toJsgf("menu");

        assertThat(Grammar.phrases(otherOrder).toJsgf("menu")).isEqualTo(jsgf);
        assertThat(jsgf).contains("public <phrase> = agent | billing | pay my bill;");
    }

    @Test
    void shouldRefuseAGrammarNameThatIsNoIdentifier() {
        assertThatThrownBy(() -> MENU.toJsgf("main menu")).hasMessageContaining("'main menu' is not an identifier");
    }

    @Test
    void shouldListTheWordsARecognizerMayHear() {
        assertThat(MENU.words()).containsExactly("agent", "bill", "billing", "my", "operator", "pay", "support",
                "technical");
        assertThat(Grammar.builtin("digits", 1, 4).words()).hasSize(10).contains("zero", "nine").doesNotContain("oh");
    }

    @Test
    void shouldGiveEqualKeysToEqualGrammars() {
        assertThat(Grammar.builtin("digits", 4, 8).key()).isEqualTo(Grammar.builtin("DIGITS", 4, 8).key())
                .isNotEqualTo(Grammar.builtin("digits", 4, 6).key());
        assertThat(Grammar.phrases(Map.of("1", List.of("billing"))).key())
                .isEqualTo(Grammar.phrases(Map.of("1", List.of("Billing"))).key());
    }
}
