package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round prot220 (invented sentences): vigils that mourn are rallies and vigils that press a demand
 * protests; leaflets and signatures only gathered are no protest; a supporters' rally stays
 * organised when the police are only named after it; staff sit-ins are industrial action; a
 * politician addressing supporters speaks at a rally.
 */
class VigilsSitInsAndRalliesTest {
    @Test
    void aVigilThatMournsIsARally() {
        assertThat(types("Church groups in Marlow said they would hold quiet vigils for the dead on Sunday."))
                .contains("rally").doesNotContain("protest");
        assertThat(types("Her uncle spoke at a vigil on Friday evening attended by about 300 neighbours."))
                .contains("rally").doesNotContain("protest");
    }

    @Test
    void aVigilThatPressesADemandStaysAProtest() {
        assertThat(types("About 40 opponents of the dam held a silent vigil on the town hall steps, holding a banner."))
                .contains("protest").doesNotContain("rally");
        assertThat(types("Relatives said they would keep weekly vigils outside the prison until the men are freed."))
                .contains("protest");
    }

    @Test
    void leafletsOnlyPrintedOrHeldAsEvidenceAreNoProtest() {
        assertThat(types("The prosecution's evidence consisted of nine leaflets and a seized laptop."))
                .doesNotContain("protest");
        assertThat(types("Young activists scattered anti-government leaflets in the bazaar of Yazd on Monday."))
                .contains("protest");
    }

    @Test
    void signaturesGatheredAreNoGathering() {
        assertThat(types("A campaign started by dock workers had gathered more than 9,000 signatures by Friday."))
                .doesNotContain("protest");
    }

    @Test
    void aSupportersRallyStaysOrganisedWhenThePoliceComeAfterIt() {
        assertThat(types("Thousands of opposition supporters filled the stadium in Korvel on Sunday for the party's biggest rally in years, a day after police detained two of its organisers."))
                .contains("rally");
        assertThat(types("Party leaders in Korvel confirmed that a rally planned there next week will go ahead without police permission."))
                .contains("rally").doesNotContain("protest");
    }

    @Test
    void theyStayAProtestWhenThePoliceBreakThemUp() {
        assertThat(types("Police broke up a rally of opposition supporters in Korvel on Sunday.")).contains("protest");
    }

    @Test
    void aSitInStaffHoldIsIndustrialAction() {
        assertThat(types("Nurses held sit-ins at four hospitals in Tabriz on Tuesday.")).contains("other")
                .doesNotContain("protest");
        assertThat(types("Students held a sit-in outside the rector's office on Tuesday.")).contains("protest");
    }

    @Test
    void aPoliticianAddressingSupportersSpeaksAtARally() {
        assertThat(types("The new governor addressed about 600 supporters at a hotel in Kisii late on Sunday."))
                .contains("rally");
        assertThat(types("The governor addressed an open letter to supporters on Sunday.")).doesNotContain("rally");
    }

    @Test
    void aPlanToldAfterAddingThatIsAnnounced() {
        assertThat(types("The senator spoke to reporters, adding that she would address a rally in Kitale on Sunday."))
                .contains("rally");
        // with no saying before it, "would" stays hypothetical
        assertThat(types("The senator would address a rally in Kitale if the police allowed it.")).isEmpty();
    }
}
