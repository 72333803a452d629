package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * "between" ranges with ends in words and digits, East African shillings, "also" before an age,
 * "-nation" and "-country" sizes, "one" with a people's adjective in a list of counts, a label
 * word used as a verb, and digits of a name before a singular noun. Invented sentences.
 */
class QuantityRangesAndNamesTest {
    @Test
    void betweenJoinsEndsInWordsAndDigits() {
        assertThat(run("Medics said between six and 12 wounded miners reached the clinic."))
                .extracting(Quantity::text, Quantity::value, Quantity::valueMax, Quantity::qualifier)
                .containsExactly(tuple("between six and 12 wounded miners", 6.0, 12.0, Qualifier.RANGE));
        // contrast: without "between" the two stay apart
        assertThat(run("Six miners and 12 drivers were held.")).hasSize(2);
    }

    @Test
    void eastAfricanShillingsAreMoney() {
        assertThat(run("The new levy would raise Sh58 billion a year, and KSh 300 per permit."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(58e9, "Sh"), tuple(300.0, "KSh"));
    }

    @Test
    void anAgeAfterAlsoIsNoCount() {
        assertThat(run("Her cousin Leyla Samadi, also 19, was detained at the same checkpoint.")).isEmpty();
    }

    @Test
    void aNationOrCountryWrittenOntoDigitsIsCounted() {
        assertThat(run("The 31-nation alliance and a 12-country panel met in Oslo."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("31-nation", "nations"), tuple("12-country", "countries"));
    }

    @Test
    void oneWithAPeoplesAdjectiveInAListOfCountsIsACount() {
        assertThat(run("Three Malian migrants and one Guinean migrant were deported on Friday."))
                .extracting(Quantity::text).containsExactly("Three Malian migrants", "one Guinean migrant");
    }

    @Test
    void aLabelWordAfterToIsAVerbWhoseObjectIsCounted() {
        assertThat(run("Regulators moved to block 14 messaging apps before the vote."))
                .extracting(Quantity::text).containsExactly("14 messaging apps");
        // contrast: after "to" with no noun phrase going on, the word still labels
        assertThat(run("The injured driver was moved to ward 6 on Sunday.")).isEmpty();
    }

    @Test
    void digitsOfANameBeforeASingularNounAreNoCount() {
        assertThat(run("Residents of the Kibera 12 estate told Radio 9 television that police had come.")).isEmpty();
        // contrast: a plural, or a plural without "-s", after the digits counts
        assertThat(run("In Mombasa 12 dockers were hurt, and in Lamu 30 police were deployed."))
                .extracting(Quantity::text).containsExactly("12 dockers", "30 police");
    }
}
