package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A hunger strike told by eating, a sit-down in front of a gate or in the road, and a night spent
 * outside a prison or a ministry are protests (round protest50, invented sentences); a patient who
 * stopped eating and a night outside in the cold are not.
 */
class FastsAndSitDownsTest {

    @Test
    void aPrisonerWhoStoppedEatingProtests() {
        String s = "The reporter has stopped eating in his cell in Dorvik prison since Monday, his lawyer said.";
        Document d = doc().published("2026-06-10").paragraph(s).build();
        // other81: a hunger strike is `other` (ev115/ev116 gold; gold-format.md lists no fast among protests)
        assertThat(sentencesOf(d, "other")).containsExactly(s);
    }

    @Test
    void aPatientWhoStoppedEatingIsNot() {
        String s = "The old dog stopped eating on Monday and was taken to a vet in Dorvik.";
        Document d = doc().published("2026-06-10").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void sittingDownAtAGateOrANightOutsideAPrisonIsAProtest() {
        String sat = "Three porters sat down in front of the warehouse gate in Pellan on Tuesday to stop the lorries.";
        String night = "Families spent the night outside the prison in Dorvik on Wednesday.";
        Document d = doc().published("2026-06-12").paragraph(sat).paragraph(night).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(sat, night);
    }

    @Test
    void aNightOutsideInTheColdIsNot() {
        String s = "Hundreds of tourists spent the night outside after the storm in Pellan on Wednesday.";
        Document d = doc().published("2026-06-12").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }
}
