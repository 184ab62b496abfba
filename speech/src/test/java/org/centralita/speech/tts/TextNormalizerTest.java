package org.centralita.speech.tts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Your balance is $12.50.|Your balance is twelve dollars and fifty cents.",
            "$1|one dollar", "$0.05|five cents", "$1,200.00|one thousand two hundred dollars",
            "Due 2026-12-25.|Due December twenty-fifth, twenty twenty-six.",
            "2005-03-01|March first, two thousand five", "1999-11-13|November thirteenth, nineteen ninety-nine",
            "1234|one thousand two hundred thirty-four", "You have 3 messages|You have three messages",
            "Account 0412|Account zero four one two", "Call 5551234567|Call five five five one two three four five six seven",
            "2.5 percent|two point five percent", "2026-13-45|two thousand twenty-six-thirteen-forty-five",
            "100|one hundred", "1000000|one million"})
    void shouldReadNumbersMoneyAndDatesNaturally(String text, String spoken) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|first", "2|second", "12|twelfth", "13|thirteenth", "20|twentieth",
            "21|twenty-first", "22|twenty-second", "30|thirtieth", "31|thirty-first", "101|one hundred first"})
    void shouldSpellOrdinals(int number, String ordinal) {
        assertThat(NumberSpeller.ordinal(number)).isEqualTo(ordinal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026|twenty twenty-six", "2000|two thousand", "1900|nineteen hundred",
            "1905|nineteen oh five", "2010|twenty ten"})
    void shouldSpellYears(int year, String spoken) {
        assertThat(NumberSpeller.year(year)).isEqualTo(spoken);
    }
}
