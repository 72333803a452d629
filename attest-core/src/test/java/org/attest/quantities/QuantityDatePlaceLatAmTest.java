package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Figures of reports on Latin America, South Asia and Europe (police against organisers' counts,
 * tolls, curfews), with invented sentences: a headline's opening before a colon is no label of a
 * table line; a singular headline verb after a number above one is the verb; clock times in
 * capitals are no counts; "a month and a half" is a duration; "56 of protesters" counts the
 * protesters. Each rule has a contrast case. Dates, places and events of the same round are in
 * the other {@code QuantityDatePlaceLatAm*Test} classes.
 */
class QuantityDatePlaceLatAmTest {

    @Test
    void theOpeningOfAHeadlineBeforeAColonIsNoLabel() {
        List<Quantity> found = run("Lima: over 300,000 in the streets against the new law, 15 detained");
        assertThat(found).extracting(Quantity::text).startsWith("over 300,000");
        assertThat(found.get(0).unit()).isNull();
        assertThat(run("Walkout against the pension cut: 1.5 million according to the unions").get(0).unit()).isNull();
    }

    @Test
    void aLineThatAFigureClosesStillCountsWhatItsLabelNames() {
        assertThat(run("Key figures\nPeople detained: 412\nDeaths: 18 (including 3 minors)"))
                .extracting(Quantity::unit).startsWith("People", "Deaths");
    }

    @Test
    void aSingularHeadlineWordAfterANumberAboveOneIsTheVerb() {
        List<Quantity> found = run("Riot police detain 300 as 80,000 protest in Quito");
        assertThat(found).extracting(Quantity::text).contains("80,000");
        assertThat(found).filteredOn(q -> q.value() == 80000).extracting(Quantity::unit).containsExactly("people");
        assertThat(run("Officials said 40 die in clashes near the border.").get(0).unit()).isEqualTo("people");
    }

    @Test
    void aHeadlineWordBeforeANounOrAfterOneStaysInTheUnit() {
        assertThat(run("Police held 2 protest leaders in Quito.").get(0).unit()).isEqualTo("protest leaders");
        assertThat(run("There was 1 protest in Quito on Friday.").get(0).unit()).isEqualTo("protest");
    }

    @Test
    void clockTimesInCapitalsAreNoCounts() {
        assertThat(run("The army imposed a curfew from 9 P.M to 5 A.M in the province.")).isEmpty();
        assertThat(run("The army imposed a curfew from 9 p.m. to 5 a.m. in the province.")).isEmpty();
    }

    @Test
    void aHalfAfterATimeNounAndAndIsPartOfADuration() {
        assertThat(run("In a month and a half of the strike, 70 people died.")).extracting(Quantity::text)
                .containsExactly("70 people");
        assertThat(run("Two years and a half of the blockade left the port idle.")).isEmpty();
    }

    @Test
    void aHalfOfACountStaysAShare() {
        List<Quantity> found = run("Police fire caused more than half of the 90 deaths.");
        assertThat(found).extracting(Quantity::text).contains("more than half");
    }

    @Test
    void aPluralNounAfterOfWithoutTheIsTheCountedWhole() {
        List<Quantity> found = run("Rights groups say at least 48 of protesters were shot, including 20 on Friday.");
        assertThat(found).extracting(Quantity::text).containsExactly("at least 48 of protesters", "20");
        assertThat(found).extracting(Quantity::unit).containsExactly("protesters", "protesters");
        assertThat(run("Police detained 900 of union members.").get(0).unit()).isEqualTo("union members");
    }

    @Test
    void aSingularOrCapitalisedNameAfterOfIsNoWhole() {
        assertThat(run("Police held 7 of Lopez family in custody.").get(0).text()).isEqualTo("7");
        assertThat(run("Police said 30 of Quito were detained.").get(0).text()).isEqualTo("30");
    }
}
