package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round other23 (5 December 2026, invented sentences): a ban named by what it forbids, a ban or
 * curfew lifted, and a court's ruling or order named as a noun are acts of the authorities
 * (`other`); a ban or ruling only asked for is none.
 */
class BansCurfewsRulingsTest {

    @Test
    void aBanNamedByWhatItForbidsIsAnAct() {
        assertThat(types("The dockers marched through Velmarsk despite a ban on rallies in the old town."))
                .contains("other");
        assertThat(types("Officials in the port announced a ban on gatherings of more than five people."))
                .contains("other");
        // a ban only asked for is none
        assertThat(types("The shopkeepers' guild urged a ban on protests near the market."))
                .doesNotContain("other");
    }

    @Test
    void aBanOrCurfewLiftedIsAnAct() {
        // other40: a measure of the authorities, lifted as imposed, is other (acts28 had typed it a statement)
        assertThat(types("The cabinet lifted the ban on two weekly magazines on Tuesday.")).contains("other").doesNotContain("statement");
        assertThat(types("The curfew was lifted at dawn")).contains("other").doesNotContain("statement");
        assertThat(types("Regional officials lifted the night curfew in Ostrelle.")).contains("other").doesNotContain("statement");
    }

    @Test
    void aCourtRulingOrOrderNamedAsANounIsAnAct() {
        assertThat(types("The budget was cut after a court ruling struck down the fuel levy.")).contains("other");
        assertThat(types("The broadcaster is fighting court orders to take down forty videos.")).contains("other");
        // one only awaited is none
        assertThat(types("The farmers' union is awaiting a court ruling on the levy.")).doesNotContain("other");
    }
}
