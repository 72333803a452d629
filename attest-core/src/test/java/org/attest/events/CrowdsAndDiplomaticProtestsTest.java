package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Marches in the plural and crowds filling a square are protests; an envoy summoned "in protest"
 * is a government's diplomatic protest, no crowd's; an act done "in the name of" a protest names
 * none; a beating by a party's supporters or a mob is an attack (round protest29). All sentences
 * are invented for these tests.
 */
class CrowdsAndDiplomaticProtestsTest {

    @Test
    void marchesHeldInOtherTownsAreAProtest() {
        assertThat(TestDocs.types("Smaller marches were held in Porto and Braga on Saturday.")).contains("protest");
    }

    @Test
    void aFlagsMarchesAreNoProtest() {
        assertThat(TestDocs.types("The old flag marches past the memorial in Porto every year on Saturday."))
                .doesNotContain("protest");
    }

    @Test
    void aCrowdFillingASquareIsAProtest() {
        assertThat(TestDocs.types("Thousands of people filled the cathedral square in Braga on Sunday, waving banners."))
                .contains("protest");
    }

    @Test
    void waterFillingASquareIsNoProtest() {
        assertThat(TestDocs.types("Flood water filled the market square in Braga on Sunday.")).doesNotContain("protest");
    }

    @Test
    void anEnvoySummonedInProtestIsNoStreetProtest() {
        assertThat(TestDocs.types("The foreign ministry in Lisbon summoned the Ruritanian ambassador in protest on Monday."))
                .doesNotContain("protest");
    }

    @Test
    void anActInTheNameOfAProtestNamesNone() {
        assertThat(TestDocs.types("The mayor said on Monday that vandalism in the name of protest would be punished."))
                .doesNotContain("protest");
    }

    @Test
    void aBeatingBySupportersOfAPartyIsAnAttack() {
        assertThat(TestDocs.types("Two students were beaten by supporters of the governing party in Braga on Friday."))
                .contains("attack");
    }
}
