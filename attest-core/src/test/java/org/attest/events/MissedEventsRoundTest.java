package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Events the lexicon missed (branch missed): beatings by agents, a death after a beating told
 * with words between, confirmed deaths, internet outages and filtering, weapons aimed at a crowd,
 * buildings set on fire in unrest. All sentences are invented for these tests.
 */
class MissedEventsRoundTest {

    @Test
    void aBeatingByAgentsIsAnAttack() {
        assertThat(TestDocs.types("A local reporter, Ilse Marrow, was beaten by the police outside the court.")).contains("attack");
        assertThat(TestDocs.types("Two students were beaten by militiamen near the campus gate.")).contains("attack");
    }

    @Test
    void aTeamOrPartyBeatenByARivalIsNoAttack() {
        assertThat(TestDocs.types("The home side was beaten by its rivals in the cup final.")).doesNotContain("attack");
        assertThat(TestDocs.types("The governing party was beaten by the opposition in three districts.")).doesNotContain("attack");
    }

    @Test
    void aBeatingThatKillsIsTheKillingOnly() {
        assertThat(TestDocs.types("A teacher was beaten by guards and died in a cell.")).doesNotContain("attack");
    }

    @Test
    void aDeathAfterAHospitalStayAndABeatingIsAKilling() {
        assertThat(TestDocs.types("The young man died on Tuesday after being taken to a clinic because of reportedly being beaten by prison guards."))
                .contains("killing");
    }

    @Test
    void confirmedDeathsAreAKillingButNotThoseOfADisease() {
        assertThat(TestDocs.types("Provincial officials have confirmed 23 deaths in the unrest.")).contains("killing");
        Document flu = TestDocs.doc().paragraph("The virus has spread to nine provinces.",
                "Health officials have confirmed 23 deaths so far.").build();
        assertThat(TestDocs.sentencesOf(flu, "killing")).isEmpty();
    }

    @Test
    void confirmedDeathsToldAgainPointBack() {
        Document d = TestDocs.doc().paragraph(
                "Marches went on for a third day in the north.", "Officials have confirmed 9 deaths and dozens of arrests.",
                "The governor later confirmed the deaths in the northern towns.").build();
        assertThat(TestDocs.sentencesOf(d, "killing")).containsExactly(
                "Officials have confirmed 9 deaths and dozens of arrests.");
    }

    @Test
    void internetOutagesAndFilteredPlatformsAreOther() {
        assertThat(TestDocs.types("Shopkeepers in the old town reported internet outages after the clashes.")).contains("other");
        assertThat(TestDocs.types("The authorities have moved to filter the social networks used by the organisers.")).contains("other");
        assertThat(TestDocs.types("Activists fear internet outages before the vote.")).doesNotContain("other");
    }

    @Test
    void weaponsAimedAtACrowdAreOtherAndFiringIsTheAttack() {
        assertThat(TestDocs.types("Troops on the overpass were filmed aiming their rifles at the marchers.")).contains("other");
        assertThat(TestDocs.types("Troops aimed their guns at the marchers and then opened fire.")).doesNotContain("other");
    }

    @Test
    void officesSetOnFireInUnrestAreAProtest() {
        assertThat(TestDocs.types("Two ruling-party offices in the river towns were also set on fire.")).contains("protest");
        assertThat(TestDocs.types("Several homes were set on fire by soldiers in the valley.")).doesNotContain("protest");
    }
}
