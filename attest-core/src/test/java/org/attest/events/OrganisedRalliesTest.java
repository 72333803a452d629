package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rally held by a side's supporters, for a candidate or in a campaign is an organised gathering
 * (`rally`), as the seeds' rallies are, even when the supporters stand at the head of a long
 * sentence or the candidate comes after the noun; so is a counter-rally, a campaign meeting, and a
 * permanent or community assembly that councils call. A rally with chanting, against something or
 * of students stays a protest, and so does a candle vigil (most sets' annotators). Round protest31.
 * All sentences are invented for these tests.
 */
class OrganisedRalliesTest {

    @Test
    void supportersAtTheHeadOfALongSentenceHoldARally() {
        assertThat(TestDocs.types("Supporters of the new mayor, a retired football coach from Kestel, held a rally in the market "
                + "square of Dorvan on Monday.")).contains("rally").doesNotContain("protest");
    }

    @Test
    void aRallyAddressedOrForACandidateIsOrganised() {
        assertThat(TestDocs.types("The rally on Sunday drew about 9,000 people to the Lorn stadium, where the party's leader "
                + "addressed supporters.")).contains("rally").doesNotContain("protest");
        assertThat(TestDocs.types("The rally, held on Monday for a candidate in the mayoral race, filled the Varna fairground."))
                .contains("rally").doesNotContain("protest");
        assertThat(TestDocs.types("The poet was detained on Monday after she gave a speech at a small rally in Lorn."))
                .contains("rally");
    }

    @Test
    void aCounterRallyIsOrganised() {
        assertThat(TestDocs.types("In Kestel, members of the governing party held a counter-rally of about 400 people on Monday."))
                .contains("rally");
    }

    @Test
    void peopleAttendingACampaignMeetingAreAtARally() {
        assertThat(TestDocs.types("Police detained 14 members of the Green Front who were attending a campaign meeting in Varna "
                + "on Monday.")).contains("arrest", "rally");
    }

    @Test
    void aPermanentAssemblyCalledByCouncilsIsOrganised() {
        assertThat(TestDocs.types("The village councils of the valley have called a permanent assembly for Monday in Lorn."))
                .contains("rally");
    }

    @Test
    void aStreetRallyStaysAProtest() {
        assertThat(TestDocs.types("Hundreds of students held a rally outside the ministry in Varna on Monday, chanting slogans."))
                .contains("protest").doesNotContain("rally");
        assertThat(TestDocs.types("Retired miners held a rally in Lorn on Monday against the pension cuts."))
                .contains("protest").doesNotContain("rally");
    }
}
