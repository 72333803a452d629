package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts named as background rather than reported (round acts26): a monitor's remit, a definition,
 * earlier ones used as a yardstick, and the polling stations of a vote. Each test also checks that
 * the act told plainly is still found. All sentences are invented for these tests.
 */
class BackgroundNamesOfActsTest {
    @Test
    void aMonitorsRemitNamesNoArrest() {
        assertThat(TestDocs.types("The Lindar Watch group, which tracks political detentions in the region, issued a "
                + "report.")).doesNotContain("arrest");
        assertThat(TestDocs.types("A network tracking arrests of reporters published its list.")).doesNotContain("arrest");
        assertThat(TestDocs.types("The Lindar Watch group said police made 40 political detentions in the region."))
                .contains("arrest");
    }

    @Test
    void aDefinitionNamesNoKilling() {
        assertThat(TestDocs.types("The group keeps a separate list of incidents, which it defines as the killing "
                + "of four or more people in one place.")).doesNotContain("killing");
        assertThat(TestDocs.types("A massacre is defined as the killing of four or more unarmed people."))
                .doesNotContain("killing");
        assertThat(TestDocs.types("The group reported the killing of four farmers in the valley.")).contains("killing");
    }

    @Test
    void earlierOnesAsAYardstickAreNoneReported() {
        assertThat(TestDocs.types("The board has not published the tallies by district, as it did in previous elections."))
                .doesNotContain("election");
        assertThat(TestDocs.types("The crowd was smaller than at previous rallies in the square.")).doesNotContain("rally");
        assertThat(TestDocs.types("The board has not published the tallies of the presidential election by district."))
                .contains("election");
    }

    @Test
    void pollingStationsNameWhereAVoteIsHeldNotTheVote() {
        assertThat(TestDocs.types("The commission plans to open about 9,000 polling stations across the country."))
                .doesNotContain("election");
        assertThat(TestDocs.types("Partial results gathered from polling stations put the mayor ahead."))
                .doesNotContain("election");
        assertThat(TestDocs.types("Voters went to the polls in the northern province on Sunday.")).contains("election");
    }
}
