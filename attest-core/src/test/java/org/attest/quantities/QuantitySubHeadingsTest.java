package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A sub-heading's figure that the paragraph right under it states again is one record, the
 * paragraph's (SubHeadings); "12 more" counts what the sentence counted before; an irregular past
 * tense ends a crowd's noun. Invented sentences.
 */
class QuantitySubHeadingsTest {
    private static List<Quantity> lines(List<Integer> headings, String... lines) {
        return HeadingDocs.lines(headings, lines);
    }

    @Test
    void aSubheadingsCountThatTheParagraphBelowRestatesIsOneRecord() {
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Nine held at the depot", "Guards said nine pickets were held after a scuffle by the depot gates."))
                .extracting(Quantity::text).containsExactly("nine pickets");
        // a toll rising to a figure, and the paragraph's bound of it
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Toll climbs to 17", "At least 17 people have died since the strike began, doctors said."))
                .extracting(Quantity::text).containsExactly("At least 17 people");
    }

    @Test
    void aSubheadingsWordAmountThatTheParagraphBelowGivesAsANumberIsOneRecord() {
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Dozens rally at the town hall", "About 60 tanners rallied outside the town hall on Tuesday."))
                .extracting(Quantity::text).containsExactly("About 60 tanners");
    }

    @Test
    void aSubheadingsFigureStaysWhenTheParagraphBelowGivesAnotherOrNone() {
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Nine held at the depot", "The owners said the dispute would go to arbitration."))
                .extracting(Quantity::text).containsExactly("Nine");
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Nine held at the depot", "Guards said 14 pickets were held after a scuffle by the depot gates."))
                .extracting(Quantity::text).containsExactly("Nine", "14 pickets");
    }

    @Test
    void aSubheadingsFigureWrittenWithItsOwnNounStays() {
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Guards hold 14 pickets at the depot", "Guards said more than 14 tanners were held after a scuffle by the depot gates."))
                .extracting(Quantity::text).containsExactly("14 pickets", "more than 14 tanners");
        assertThat(lines(List.of(0, 2), "Prices at the tannery", "Workers downed tools before dawn on Monday.",
                "Hide prices up 30 percent", "The owners said hide prices rose almost 30 percent in a year."))
                .extracting(Quantity::text).containsExactly("30 percent", "almost 30 percent");
        // bare, the heading's figure still goes
        assertThat(lines(List.of(0, 2), "Unrest at the tannery", "Workers downed tools before dawn on Monday.",
                "Guards hold 14 at the depot", "Guards said more than 14 tanners were held after a scuffle by the depot gates."))
                .extracting(Quantity::text).containsExactly("more than 14 tanners");
    }

    @Test
    void theTitleIsNoSubheading() {
        assertThat(lines(List.of(0), "Nine held at tannery depot",
                "Guards said nine pickets were held after a scuffle by the depot gates."))
                .extracting(Quantity::text).containsExactly("nine pickets");
    }

    @Test
    void aCountOfMoreCountsWhatTheSentenceCountedBefore() {
        assertThat(lines(List.of(0), "Year of the strikes",
                "The union logged at least 300 stoppages in 2019, its busiest year on record, and at least 45 more in May."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("at least 300 stoppages", "stoppages"),
                        org.assertj.core.groups.Tuple.tuple("at least 45", "stoppages"));
    }

    @Test
    void anIrregularPastTenseEndsTheCrowdsNoun() {
        assertThat(lines(List.of(0), "Riot at the tannery",
                "The town was in uproar after hundreds of angry tanners overran the gates and tore down the fence."))
                .extracting(Quantity::unit).containsExactly("angry tanners");
    }
}
