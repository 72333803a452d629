package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Cases met on a fresh held-out set of Iran reports (rights groups, agencies, advocacy pages), with
 * invented sentences and a contrast case for each: a closure merchants are forced into is no strike;
 * a "protest organizing committee" names a body; a record summed up ("repeatedly", "in recent
 * years") is no single event; agents who storm villages and arrest people there make an arrest, not
 * an attack; "their strike and protests" points back as a whole.
 */
class HeldOutRoundTest {

    @Test
    void aClosureMerchantsAreForcedIntoIsNoStrike() {
        assertThat(types("Rising costs have forced many traders to shut down their small factories."))
                .doesNotContain("protest");
        assertThat(types("Traders shut down their stores in the old market on Monday.")).containsExactly("other");
    }

    @Test
    void aProtestOrganizingCommitteeIsABody() {
        assertThat(types("A statement by the drivers' protest organizing committee was posted on Monday."))
                .doesNotContain("protest");
        assertThat(types("Drivers held a protest outside the ministry on Monday.")).containsExactly("protest");
    }

    @Test
    void aRecordSummedUpIsNoSingleEvent() {
        assertThat(types("Envoys have repeatedly protested to the ministry about the treatment of the minority."))
                .isEmpty();
        assertThat(types("Abuses have grown in recent years, including arbitrary arrests and raids on homes."))
                .isEmpty();
        assertThat(types("Envoys protested to the ministry on Monday about the arrests.")).contains("protest");
    }

    @Test
    void agentsWhoStormAVillageAndArrestMakeAnArrest() {
        assertThat(types("Agents stormed two villages near the town and arrested eight men.")).containsExactly("arrest");
        assertThat(types("Gunmen stormed a police post near the town on Monday.")).containsExactly("attack");
    }

    @Test
    void theirStrikeAndProtestsPointBackAsAWhole() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Drivers began a strike in the port on Monday.")
                .paragraph("They vowed to keep up their strike and protests until wages are paid.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).build();
        assertThat(events(d)).extracting(Event::type).containsExactly("other");
        Document fresh = TestDocs.doc().published("2024-05-08")
                .paragraph("Drivers began a strike in the port on Monday.")
                .paragraph("In Kelmar, nurses held a strike and protests outside the clinic.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).place("Kelmar", 9102).build(); // a town of its own
        // the drivers' strike (`other`); the nurses' strike and their protests outside the clinic, one happening
        // of one day in one sentence, are one protest (strikers who gather)
        assertThat(events(fresh)).extracting(Event::type).containsExactly("other", "protest");
    }
}
