package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Units of bare numbers read from a count joined to them: a noun written once after two figures
 * ("over 40 and about 60 clinics"), a figure set against a count by "compared with", and an
 * exchange rate of a currency quoted to the dollar; and a headline figure the body writes again
 * word for word next to the same value in other words. Invented sentences.
 */
class SharedAndComparedUnitsTest {

    @Test
    void aBareNumberBeforeAndSharesTheNounOfTheCountAfterIt() {
        assertThat(run("Nurses walked out in over 40 and about 60 clinics on two Mondays, respectively."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("over 40", "clinics"), tuple("about 60 clinics", "clinics"));
        // the noun of the next count wins over the count of the sentence before
        assertThat(run("The union named 12 organisers. Bakers struck in 30 or 45 towns, it said."))
                .extracting(Quantity::unit).containsExactly("organisers", "towns", "towns");
    }

    @Test
    void aClauseBetweenKeepsTheBareNumbersOwnReading() {
        assertThat(run("Over 40 came to the gate and 60 students left the hall."))
                .extracting(Quantity::unit).doesNotHaveDuplicates().contains("students");
    }

    @Test
    void aFigureComparedWithACountIsMoreOfThatCount() {
        assertThat(run("The monitor logged nearly 300 raids across the province in June, compared with about 180 in May."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("nearly 300 raids", "raids"), tuple("about 180", "raids"));
        assertThat(run("At least 52 miners were hurt underground this year, compared to 31 a year earlier."))
                .extracting(Quantity::unit).containsExactly("miners", "miners");
    }

    @Test
    void aRateToTheDollarCountsTheCurrencyQuoted() {
        assertThat(run("The rial slid to around 610,000 against the US dollar on Monday, from 540,000 in spring."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("around 610,000", "rials"), tuple("540,000", "rials"));
        assertThat(run("On the street, the toman traded at 61,000 to the dollar."))
                .extracting(Quantity::unit).containsExactly("tomans");
        // contrast: the pound is quoted in dollars, and a figure not quoted to the dollar is no rate
        assertThat(run("The pound rose to 1.31 against the dollar.")).extracting(Quantity::unit)
                .doesNotContain("pounds", "pound");
        assertThat(run("The rial crisis left 300 shops shut.")).extracting(Quantity::unit).containsExactly("shops");
    }

    @Test
    void aHeadlineFigureTheBodyWritesWordForWordStaysThoughAnotherHasItsValue() {
        List<Quantity> found = HeadingDocs.lines(List.of(0), "Bakers strike in more than 20 towns",
                "Bakers went on strike in more than 20 towns on Monday, the union said.",
                "In March they had struck in over 20 and about 35 towns, respectively.");
        assertThat(found).extracting(Quantity::text).startsWith("more than 20 towns");
        assertThat(found.get(0).span().start()).isLessThan(40);
    }

    @Test
    void theSubjectOfAVerbOfABoundIsWhatTheFigureCounts() {
        assertThat(run("Mass arrests went on. Detentions exceeded 2,400 by the end of the month, lawyers said."))
                .extracting(Quantity::text, Quantity::unit).containsExactly(tuple("exceeded 2,400", "Detentions"));
        assertThat(run("Across the region, strikes topped 90 in March.")).extracting(Quantity::unit)
                .containsExactly("strikes");
        // contrast: a subject that is no plural count ("the fine") gives none
        assertThat(run("The fine reached 900.")).extracting(Quantity::unit).containsOnlyNulls();
    }

    @Test
    void aSingularPoundAfterAScaleWordIsMoney() {
        assertThat(run("The firm owed a 250 million pound loan to the bank.")).extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("250 million pound", "pounds"));
    }
}
