package org.centralita.speech.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money, numbers and dates said in full, in the call's language. */
class SpokenValuesTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1520.75 | USD | one thousand five hundred twenty dollars and seventy-five cents
            en-US | 1       | USD | one dollar
            en-US | 0.01    | USD | one cent
            en-US | 1.01    | USD | one dollar and one cent
            en-US | 20.00   | USD | twenty dollars
            en-US | 0       | USD | zero dollars
            en-US | -5.20   | USD | minus five dollars and twenty cents
            en-US | 3.456   | USD | three dollars and forty-six cents
            en-GB | 2.01    | GBP | two pounds and one penny
            en-GB | 1.50    | GBP | one pound and fifty pence
            en-US | 12.5    | EUR | twelve euros and fifty cents
            en-US | 1500    | JPY | one thousand five hundred yen
            es-ES | 1520.75 | USD | mil quinientos veinte dólares con setenta y cinco centavos
            es-ES | 1       | USD | un dólar
            es-ES | 21.01   | USD | veintiún dólares con un centavo
            es-ES | 3.50    | EUR | tres euros con cincuenta céntimos
            es-ES | 1       | GBP | una libra
            es-ES | 200     | GBP | doscientas libras
            es-ES | -0.75   | EUR | menos setenta y cinco céntimos
            es-ES | 1000000 | USD | un millón de dólares
            es-ES | 2000000.50 | USD | dos millones de dólares con cincuenta centavos
            es-ES | 1500000 | USD | un millón quinientos mil dólares
            es-ES | 1000000 | GBP | un millón de libras
            es-ES | 21000   | EUR | veintiún mil euros
            es-ES | 3000000000 | EUR | tres mil millones de euros
            es-ES | 1000000000000 | USD | un billón de dólares
            es-ES | 100000  | USD | cien mil dólares
            fr-FR | 1000000 | EUR | un million d'euros
            fr-FR | 2000000 | USD | deux millions de dollars
            fr-FR | 21.01   | EUR | vingt-et-un euros et un centime
            en-US | 1000000 | USD | one million dollars
            de-DE | 2000000 | EUR | zwei Millionen Euro
            """)
    void shouldSayMoneyInFullWithUnitsAndCentsInTheCallersLanguage(String language, BigDecimal amount, String currency,
                                                                   String expected) {
        // given the call's language
        SpokenValues words = SpokenValues.of(language);

        // when an amount is said
        String said = words.money(amount, currency);

        // then it is said in full
        assertThat(said).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            es-MX | 2 | CHF | dos francos suizos
            en-US | 2 | CHF | two Swiss francs
            es-ES | 1000000 | CHF | un millón de francos suizos
            """)
    void shouldSayACurrencyWithoutUnitWordsByItsPluralName(String language, BigDecimal amount, String currency,
                                                           String expected) {
        // given a currency the table does not name
        SpokenValues words = SpokenValues.of(language);

        // when an amount is said, then the amount comes with ICU's plural name of the currency
        assertThat(words.money(amount, currency)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1520    | one thousand five hundred twenty
            en-US | 2.5     | two point five
            en-US | -3      | minus three
            en-US | 0       | zero
            es-ES | 1520    | mil quinientos veinte
            es-ES | 2.5     | dos coma cinco
            """)
    void shouldSayNumbersWithTheirDecimals(String language, BigDecimal number, String expected) {
        // given the call's language, when a number is said, then it is said in words
        assertThat(SpokenValues.of(language).number(number)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 2026-12-25 | December twenty-fifth, twenty twenty-six
            en-US | 2027-05-01 | May first, twenty twenty-seven
            es-ES | 2026-12-25 | veinticinco de diciembre de dos mil veintiséis
            es-ES | 2027-05-01 | uno de mayo de dos mil veintisiete
            """)
    void shouldSayDatesAsSpokenDates(String language, LocalDate date, String expected) {
        // given the call's language, when a date is said, then day and year are words
        assertThat(SpokenValues.of(language).date(date)).isEqualTo(expected);
    }
}
