package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** "N of them" with no count before it in its sentence counts the plural noun "them" points back to. Invented sentences. */
class ThemAntecedentsTest {

    @Test
    void afterAVerbOfPeopleThemIsTheObjectBeforeIt() {
        assertThat(run("Riot police charged striking tram drivers near the depot and detained at least 30 of them."))
                .extracting(Quantity::unit).containsExactly("tram drivers");
        // a count of "others" in the same breath keeps its own word (OtherUnits, since r1q)
        assertThat(run("Guards fired on a line of cargo carriers near Pashan, killing three of them and wounding six others."))
                .extracting(Quantity::unit).containsExactly("cargo carriers", "others");
    }

    @Test
    void aFigureOpeningAClauseCountsTheSentencesSubject() {
        assertThat(run("The bakers have had no wages since spring, and some 1,200 of them face eviction."))
                .extracting(Quantity::unit).containsExactly("bakers");
        assertThat(run("Mine workers have held sit-ins since 2019, and more than 50 of them have been summoned."))
                .extracting(Quantity::unit).containsExactly("workers");
    }

    @Test
    void aSubjectThatActsOnPeopleIsNotThem() {
        assertThat(run("Security forces raided the homes of the villagers, and 12 of them were held."))
                .extracting(Quantity::unit).doesNotContain("forces", "Security forces");
    }

    @Test
    void aCountBeforeInTheSentenceStillDecides() {
        assertThat(run("Police held 40 students at the gate, and 12 of them were later freed."))
                .extracting(Quantity::unit).containsExactly("students", "students");
    }
}
