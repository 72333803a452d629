package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A protest named only as the subject of other news is no protest of its own (round protest40,
 * invented sentences): what a report is about, the dead a death count names, what the press covers,
 * the work that says which group speaks. A protest told for itself stays.
 */
class NamedOnlyProtestsTest {

    @Test
    void theSubjectOfAReportAndTheDeadOfADeathCountAreNoProtests() {
        Document d = doc().published("2026-04-10")
                .paragraph("In its yearly report on the demonstrations, the commission counted 52 deaths of protesters in Tamsel.")
                .build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void protestsThePressCoversAndThoseAGroupIsBehindAreNoProtests() {
        Document d = doc().published("2026-04-10")
                .paragraph("Read our live coverage of the Harvest Day protests across the valley.")
                .paragraph("The Fair Bread Alliance, a coalition behind the bread sit-ins, told reporters on Thursday that it would meet the minister.")
                .build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aProtestToldForItselfStays() {
        String s = "Hundreds of bakers marched to the ministry in Tamsel on Wednesday to protest against the flour tax.";
        Document d = doc().published("2026-04-10").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }
}
