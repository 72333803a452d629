package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** Counts written as compounds onto a number ("a 75-member council"), on invented sentences. */
class QuantityCompoundTest {
    private static List<Quantity> run(String text) {
        return QuantityStageTest.run(text);
    }

    @Test
    void aHyphenatedBodySizeIsACountOfItsMembersOrSeats() {
        assertThat(run("The mayor dissolved the 75-member council on Monday."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("75-member", 75.0, "members"));
        assertThat(run("Opposition parties boycotted the 48-seat senate."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("48-seat", 48.0, "seats"));
    }

    @Test
    void aHyphenatedMeasureStaysNoCount() {
        // contrast: a duration or an age written the same way counts nothing
        assertThat(run("The union began a 75-day strike after a 19-year-old was beaten.")).isEmpty();
    }

    @Test
    void aStrongCompoundWrittenInWordsIsACount() {
        assertThat(run("Just 4% of the three-million-strong workforce joined."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .contains(tuple("three-million-strong workforce", 3000000.0, "workforce"));
        assertThat(run("The capital saw hundreds-strong vigils each night."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("hundreds-strong vigils", 100.0, "vigils"));
    }

    @Test
    void aStrongGatheringCountsItsPeople() {
        assertThat(run("Students staged a 600-strong march to the ministry."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("600-strong", "people"));
        // contrast: a group that is no gathering keeps its own noun
        assertThat(run("A 600-strong delegation of nurses arrived."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("600-strong delegation", "delegation"));
    }

    @Test
    void aPluralPossessiveInsideTheUnitKeepsTheNounAfterIt() {
        assertThat(run("Police questioned 25 nurses' union delegates."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("25 nurses' union delegates", "nurses' union delegates"));
        // contrast: an apostrophe before a name or at the end of the phrase closes it
        assertThat(run("Police questioned 25 nurses' Ahmadi and 30 drivers' yesterday."))
                .extracting(Quantity::unit)
                .containsExactly("nurses", "drivers");
    }

    @Test
    void aParticipleAdjectiveLetsAnIngModifierFollow() {
        assertThat(run("The ministry closed three accredited polling stations."))
                .extracting(Quantity::unit)
                .containsExactly("accredited polling stations");
        // contrast: after a noun, an -ing word is the verb of what was counted
        assertThat(run("The ministry saw three clerks resigning."))
                .extracting(Quantity::unit)
                .containsExactly("clerks");
    }

    @Test
    void aQuotedNounAfterTheNumberIsItsUnit() {
        assertThat(run("The governor said 500 \u201cvandals\u201d were held."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("500 \u201cvandals\u201d", "vandals"));
        // contrast: a quoted phrase of function words names nothing counted
        assertThat(run("The clerks counted 70 \"in all\" on Monday."))
                .extracting(Quantity::unit)
                .containsOnlyNulls();
    }
}
