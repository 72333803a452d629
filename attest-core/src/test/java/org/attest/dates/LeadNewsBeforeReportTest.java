package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * A lead whose first day is the day a speaker reported the news ("the group said on Tuesday")
 * dates the report's other sentences by the news day it gives in the same sentence ("... last
 * Friday") or names an event by ("took part in Monday's vote"); a day told later on its own
 * ("it began on Sunday") leaves the reported day as the lead date. Reports of Wednesday 12 March 2025.
 */
class LeadNewsBeforeReportTest {
    private static final String PUBLISHED = "2025-03-12";

    @Test
    void theNewsDayOfTheSameSentenceIsTheLeadDate() {
        assertThat(leadDateOfLast("The rights group said on Tuesday that 20 people were killed when police fired on marchers "
                + "last Friday.\n\nThe governor denied the toll.")).isEqualTo("2025-03-07");
    }

    @Test
    void aDayThatNamesTheVoteIsTheLeadDate() {
        assertThat(leadDateOfLast("Turnout was 41 percent, the commission said on Tuesday.\n\n"
                + "About six million people took part in Monday's vote.\n\nPolls were open for 11 hours.")).isEqualTo("2025-03-10");
    }

    @Test
    void aDayToldOnItsOwnLaterLeavesTheReportedDay() {
        assertThat(leadDateOfLast("The rights group said on Tuesday that the campaign had spread.\n\n"
                + "It began on Sunday evening in two cities.\n\nPolice made no arrests.")).isEqualTo("2025-03-11");
    }

    /** The date the resolver gives the report's last paragraph, which tells no date of its own. */
    private static String leadDateOfLast(String text) {
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, PUBLISHED));
        int last = text.lastIndexOf("\n\n") + 2;
        ResolvedDate d = DateResolver.resolve(doc, new Span(last, text.length()));
        assertThat(d.source()).startsWith("lead");
        return d.value();
    }
}
