package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Phrasings of a protest no trigger had (round protest31): a fast begun outside a building or with a
 * demand, staff who stayed away from classes or work, a march told by where it set off from, a
 * railway blocked, schools occupied by their students or town halls taken over by residents, a crowd
 * that pushed through a police barricade or tried to force its way in, and a go-slow or snail
 * operation on the roads; marchers, as protesters are, and marchers gathering. People gathering at a
 * vigil are that vigil, no rally beside it. All sentences are invented for these tests.
 */
class ProtestPhrasingsTest {

    @Test
    void aFastBegunOutsideABuildingIsAHungerStrike() {
        // other81: a hunger strike is typed `other`
        assertThat(TestDocs.types("Six prisoners' wives began a fast outside the court in Varna on Monday.")).contains("other");
        assertThat(TestDocs.types("The family began a fast for the holy month on Monday.")).doesNotContain("protest", "other");
    }

    @Test
    void staffWhoStayedAwayFromClassesStrike() {
        assertThat(TestDocs.types("Teachers stayed away from classes in Kestel and Lorn on Monday.")).contains("other");
        assertThat(TestDocs.types("Pupils stayed away from classes in Kestel on Monday because of the snow."))
                .doesNotContain("other");
    }

    @Test
    void aMarchToldByItsStartIsAProtest() {
        assertThat(TestDocs.types("About 500 nurses set off from the hospital in Varna on Monday morning.")).contains("protest");
        assertThat(TestDocs.types("The ferry set off from Varna on Monday morning.")).doesNotContain("protest");
    }

    @Test
    void aRailwayBlockedByACrowdIsAProtest() {
        assertThat(TestDocs.types("Villagers blocked the railway near Lorn on Monday, demanding compensation.")).contains("protest");
        assertThat(TestDocs.types("A landslide blocked the railway near Lorn on Monday.")).doesNotContain("protest");
    }

    @Test
    void buildingsHeldByProtestersAreAProtest() {
        assertThat(TestDocs.types("At least nine schools in Dorvan remain occupied by their students.")).contains("protest");
        assertThat(TestDocs.types("The town halls of two villages were taken over by angry residents on Sunday."))
                .contains("protest");
        assertThat(TestDocs.types("The brewery was taken over on Monday by a group of investors.")).doesNotContain("protest");
    }

    @Test
    void aCrowdBreakingThroughPoliceLinesIsAProtest() {
        assertThat(TestDocs.types("Thousands of farmers pushed through a police barricade at the Lorn bridge on Monday."))
                .contains("protest");
        assertThat(TestDocs.types("A crowd tried to force its way into the governor's office in Lorn on Monday."))
                .contains("protest");
    }

    @Test
    void aGoSlowOnTheRoadsIsAProtest() {
        assertThat(TestDocs.types("On Monday truckers mounted a snail operation on the Varna ring road."))
                .contains("protest");
        assertThat(TestDocs.types("Taxi drivers staged a go-slow through Kestel on Monday.")).contains("protest");
    }

    @Test
    void marchersAreProtesters() {
        assertThat(TestDocs.types("The mayor addressed about 3,000 marchers outside the town hall in Varna on Monday."))
                .contains("protest");
        assertThat(TestDocs.types("A few hundred marchers are gathering at Lorn Park for a march to the harbour."))
                .contains("protest").doesNotContain("rally");
        // as protesters shot are (the crowd fired on stays a protest beside the attack)
        assertThat(TestDocs.types("Four marchers have been shot by police near the Lorn toll gate.")).contains("protest", "attack");
    }

    @Test
    void peopleGatheringAtAVigilAreNoRally() {
        assertThat(TestDocs.types("Families held candle vigils in Kestel on Friday, with about 200 people gathering at the war memorial."))
                .contains("protest").doesNotContain("rally");
    }
}
