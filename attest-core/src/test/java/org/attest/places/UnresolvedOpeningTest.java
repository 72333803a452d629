package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * A town the gazetteer lacks, named between a sentence-opening "In" and a comma, is reported as
 * unresolved (invented names, which no gazetteer holds).
 */
class UnresolvedOpeningTest {
    @Test
    void aNameAfterAnOpeningInAndBeforeACommaIsAnUnknownTown() {
        Document d = GeoparserFixture.parse("Troops fired on marchers. In Zwelthori Tharyar, 22 people were killed on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Zwelthori Tharyar");
    }

    @Test
    void monthsCommonWordsAndNamesWithoutACommaAreNot() {
        assertThat(GeoparserFixture.parse("In March, 22 people were killed. In Parliament, the vote failed.").unresolved())
                .isEmpty();
        assertThat(GeoparserFixture.parse("Troops fired on marchers. In Zwelthori they killed 22 people.").unresolved())
                .isEmpty();
    }

    @Test
    void aTownTheGazetteerHoldsIsNoUnknownTown() {
        // the context may reject Shiraz here or not; either way it is not "not in gazetteer"
        Document d = GeoparserFixture.parse("Troops fired on marchers. In Shiraz, 22 people were killed on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Shiraz");
    }
}
