package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A currency written as a word keeps the word as its unit and gets its ISO 4217 code in the rule, a
 * shared word only in a one-country report. Invented sentences.
 */
class CurrencyCodesTest {
    @Test
    void aWordOneCurrencyOwnsIsItsCodeAnywhere() {
        assertThat(QuantityStageTest.run("Vendors were fined 800 baht and the fund paid 12 million rupiah."))
                .extracting(LocalDollarsTest::currency).containsExactly("THB", "IDR");
    }

    @Test
    void aSharedWordTakesTheCodeOfTheReportsCountry() {
        String text = "Traders in Mombasa and Kisumu paid 2,000 shillings each for the permits.";
        assertThat(LocalDollarsTest.units(text, "Mombasa", "KE", "Kisumu", "KE")).containsExactly("KES");
        String pesos = "Drivers in Cebu and Davao said the fare rose to 40 pesos.";
        assertThat(LocalDollarsTest.units(pesos, "Cebu", "PH", "Davao", "PH")).containsExactly("PHP");
        String dollars = "Farmers in Ballarat and Bendigo were paid 300 dollars a tonne.";
        assertThat(LocalDollarsTest.units(dollars, "Ballarat", "AU", "Bendigo", "AU")).containsExactly("AUD");
    }

    @Test
    void aSharedWordInAReportOnSeveralCountriesStaysAsWritten() {
        String text = "Unions in Arusha, Mombasa and Gulu said 5 billion shillings had gone missing.";
        assertThat(LocalDollarsTest.units(text, "Arusha", "TZ", "Mombasa", "KE", "Gulu", "UG")).containsExactly("shillings");
        // contrast: a report without places keeps a shared word as written too
        assertThat(QuantityStageTest.run("The stall charged 50 rupees a plate."))
                .extracting(Quantity::unit).containsExactly("rupees");
    }

    @Test
    void aSharedWordOnceNamedWithItsCountrysAdjectiveKeepsThatCurrency() {
        assertThat(QuantityStageTest.run("Fines rose to 900 Belarusian roubles last year. This year a first offence costs 1,400 roubles."))
                .extracting(LocalDollarsTest::currency).containsExactly("BYN", "BYN");
        // contrast: without the adjective, and without a country, the word stays as written
        assertThat(QuantityStageTest.run("This year a first offence costs 1,400 roubles."))
                .extracting(Quantity::unit).containsExactly("roubles");
    }

    @Test
    void iransCurrenciesStayAsWritten() {
        assertThat(QuantityStageTest.run("The fee rose to 2 million tomans."))
                .extracting(Quantity::unit).containsExactly("tomans");
    }

    @Test
    void theCodeOfAWordFollowsTheTable() {
        assertThat(CurrencyCodes.code("kyats", null)).isEqualTo("MMK");
        assertThat(CurrencyCodes.code("dinars", "JO")).isEqualTo("JOD");
        assertThat(CurrencyCodes.code("dollars", "CA")).isEqualTo("CAD");
        assertThat(CurrencyCodes.code("dollars", "ET")).isNull();
        assertThat(CurrencyCodes.code("tomans", "IR")).isNull();
        assertThat(CurrencyCodes.code("rials", "IR")).isNull();
        // contrast: another country's rial keeps its code
        assertThat(CurrencyCodes.code("rials", "OM")).isEqualTo("OMR");
    }
}
