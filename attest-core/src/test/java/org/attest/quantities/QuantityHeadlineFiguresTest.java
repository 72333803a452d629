package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Figures of headings and titles (a title's bare bound the body writes again with its noun, the body's; a
 * sub-heading's bound the paragraph below restates, a title's
 * word amount the body gives as a number), "half a dozen", a list of ages, the whole a sentence
 * opens with ("Of the 300 ..."), a crowd's verbs and a people's adjective inside a counted noun.
 * Invented sentences.
 */
class QuantityHeadlineFiguresTest {
    private static List<Quantity> lines(List<Integer> headings, String... lines) {
        return HeadingDocs.lines(headings, lines);
    }

    private static List<Quantity> titled(String... lines) {
        return lines(List.of(0), lines);
    }

    @Test
    void aTitlesBareBoundTheBodyWritesWithItsNounIsTheBodysRecord() {
        List<Quantity> found = titled("More than 300 held after dock strike, union says",
                "Police said more than 300 people were held at the port on Sunday.");
        assertThat(found).extracting(Quantity::text, Quantity::qualifier)
                .containsExactly(tuple("more than 300 people", Qualifier.MORE_THAN));
        // contrast: an exact title count the body gives with its noun stays in the body
        assertThat(titled("300 held after dock strike, union says",
                "Police said 300 people were held at the port on Sunday.")).extracting(Quantity::text)
                .containsExactly("300 people");
    }

    @Test
    void aSubheadingsBareBoundTheParagraphBelowWritesWithItsNounIsOneRecordThere() {
        List<String> text = List.of("Storm over the port", "The port was closed on Sunday after a night of riots.",
                "Dockers marched to the harbour office. Police used water cannon.",
                "The union called a strike for Monday. Shops stayed shut.",
                "The mayor asked for calm in a short speech.",
                "At least 80 arrested",
                "Medics said at least 80 people were treated for injuries.");
        assertThat(lines(List.of(0, 5), text.toArray(String[]::new))).extracting(Quantity::text)
                .containsExactly("at least 80 people");
        // contrast: deep in the body, not a heading, the two stay (they as often count others)
        assertThat(lines(List.of(0), text.toArray(String[]::new))).extracting(Quantity::text)
                .containsExactly("At least 80", "at least 80 people");
    }

    @Test
    void aTitlesWordAmountTheBodyGivesAsANumberIsNoFigureOfItsOwn() {
        assertThat(titled("Dozens hurt as police charge strikers", "Medics said 45 people were hurt on Friday."))
                .extracting(Quantity::text).containsExactly("45 people");
        assertThat(titled("Thousands march against the dam", "Tens of thousands of farmers marched to the capital."))
                .extracting(Quantity::text).containsExactly("Tens of thousands of farmers");
        // contrast: a body that gives no number of that size leaves the title's amount
        assertThat(titled("Thousands march against the dam", "Police arrested 12 farmers at the gates."))
                .extracting(Quantity::text).containsExactly("Thousands", "12 farmers");
    }

    @Test
    void halfADozenIsAboutSix() {
        assertThat(run("Half a dozen miners and a dozen nurses were arrested."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("Half a dozen miners", 6.0, Qualifier.ABOUT),
                        tuple("a dozen nurses", 12.0, Qualifier.EXACT));
    }

    @Test
    void aListOfAgesAfterAgedHoldsNoCounts() {
        assertThat(run("The court sentenced three miners aged 21, 24 and 40 to prison.")).extracting(Quantity::text)
                .containsExactly("three miners");
    }

    @Test
    void aSentenceOpenedByOfACountGivesItsBareNumbersThatUnit() {
        assertThat(run("Of the 250 applicants who sat the long written exam in the spring, only 30 are considered qualified."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("250 applicants", "applicants"), tuple("30", "applicants"));
        assertThat(run("Of about 900 ballots cast in the village on a cold and rainy day, 610 went to the mayor."))
                .extracting(Quantity::unit).containsExactly("ballots", "ballots");
    }

    @Test
    void aCrowdDrawnOrAttractedIsPeople() {
        assertThat(run("The march drew over 20,000 in the capital, and the vigil attracted 800."))
                .extracting(Quantity::unit).containsExactly("people", "people");
        // contrast: a noun of its own
        assertThat(run("The march drew 300 complaints from shop owners.")).extracting(Quantity::unit)
                .containsExactly("complaints");
    }

    @Test
    void aPeoplesAdjectiveBeforeTheNounStaysInTheUnit() {
        assertThat(run("Nearly 400 proud Kenyan workers marched to the embassy.")).extracting(Quantity::unit)
                .containsExactly("proud Kenyan workers");
        // contrast: after the plural noun a capitalised word opens a name
        assertThat(run("Police held 40 protesters Kenyan media reported.")).extracting(Quantity::unit)
                .containsExactly("protesters");
    }
}
