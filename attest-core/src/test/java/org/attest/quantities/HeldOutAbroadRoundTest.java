package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Figures of a held-out set of reports beyond Iran (3 December 2026, ev19), invented sentences: a
 * count right after a dated day is no second day, lakhs and crores are magnitudes, "due" ends a
 * counted noun.
 */
class HeldOutAbroadRoundTest {

    @Test
    void aCountAfterADayAndACommaIsACount() {
        assertThat(run("On March 3, 12 workers were arrested in the port.")).extracting(Quantity::text)
                .containsExactly("12 workers");
        // a list of days closed by "and" stays a list of dates
        assertThat(run("The dockers struck on March 3, 4 and 5 over unpaid wages.")).isEmpty();
    }

    @Test
    void lakhsAndCroresAreMagnitudes() {
        assertThat(run("Lakhs of farmers camped at the borders.")).extracting(Quantity::value, Quantity::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100000.0, Qualifier.VAGUE));
    }

    @Test
    void dueEndsTheCountedNoun() {
        assertThat(run("Voting was stopped at seven centres due to fraud.")).extracting(Quantity::unit)
                .containsExactly("centres");
    }

    @Test
    void aCountInTheSecondHeadlineOfATitleThatTheBodyStatesAgainIsOneRecord() {
        String title = "Over 2 million march against the reform. Clashes in three cities, 20 held";
        String text = title + "\n\nMore than 2 million people marched on Thursday, and police made 20 arrests.";
        org.attest.model.Document d = org.attest.model.Document.of("t.txt", "test", "", title, null, "en", text, java.util.List.of());
        d = org.attest.segment.SentenceSplitter.withDefaults().apply(d);
        assertThat(STAGE.apply(d).quantities()).extracting(Quantity::text)
                .containsExactly("three cities", "More than 2 million people", "20 arrests");
    }

    @Test
    void aNumberAfterTopWithNoCountedNounIsARank() {
        assertThat(run("The hashtag was trending at top two on Twitter by noon.")).isEmpty();
        // a counted noun after it makes a count
        assertThat(run("Police detained the top three organisers of the march.")).extracting(Quantity::text)
                .containsExactly("three organisers");
    }

    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());
}
