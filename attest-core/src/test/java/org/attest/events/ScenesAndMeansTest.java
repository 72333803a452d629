package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A second event that is only the scene or the time frame of the first (events94): arrests counted
 * "since the start of the protests" tell the arrests, the protests being the known movement they
 * are counted from; slogans or protest named as the means of a boycott call ("campaigned for a
 * boycott, with slogans and posters") tell how the call is spread, no protest beside it. Invented
 * sentences.
 */
class ScenesAndMeansTest {

    @Test
    void arrestsSinceTheStartOfTheProtestsAreTheArrestsAlone() {
        assertThat(types("More than 900 people have been detained in Lorn province alone since the start of the protests, a local monitor said."))
                .containsExactly("arrest");
    }

    @Test
    void aMovementWithAClauseOfItsOwnAfterItsStartStays() {
        assertThat(types("More than 900 people have been detained in Lorn province since the start of the protests that erupted in May."))
                .contains("arrest", "protest");
    }

    @Test
    void slogansABoycottIsSpreadWithAreTheCallAlone() {
        assertThat(types("Student groups in Dorvik have stepped up their campaign for a boycott of the vote, with slogans, posters and banners on campus walls."))
                .containsExactly("boycott_call");
        assertThat(types("Opposition cells in Lorn have called for a boycott of the runoff through public leaflets and organized protest."))
                .containsExactly("boycott_call");
    }

    @Test
    void slogansListedAsExamplesOfTheCampaignAreTheCallAlone() {
        assertThat(types("Youth cells carried out dozens of activities calling for a boycott of the vote, among them slogans painted in Dorvik and Lorn."))
                .containsExactly("boycott_call");
        assertThat(types("Student groups in Dorvik campaigned for a boycott of the runoff, including graffiti on the walls of the main square."))
                .containsExactly("boycott_call");
    }

    @Test
    void theTopicOfAConferenceIsNoEventOfItsOwn() {
        assertThat(types("Next month the council will hold a conference in Lorn on the massacre of prisoners, its spokesman said."))
                .doesNotContain("killing");
        assertThat(types("Soldiers massacred forty villagers near Lorn in March."))
                .contains("killing");
    }

    @Test
    void aCrowdMarchingBesideTheCallIsAProtest() {
        assertThat(types("Students called for a boycott of the vote, with thousands marching through Dorvik on Sunday."))
                .contains("boycott_call", "protest");
    }
}
