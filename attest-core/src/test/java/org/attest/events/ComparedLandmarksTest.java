package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): the landmark of a comparison named with a possessive date
 * ("lower than in last year's regional election") is dated by it: that past vote, not the
 * report's election again; the comparison dates nothing else.
 */
class ComparedLandmarksTest {
    @Test
    void aComparedVoteIsDatedByItsPossessive() {
        Document d = TestDocs.doc().published("2025-06-12")
                .paragraph("Voters in Velmar elected a new harbour council in a local election on Sunday.")
                .paragraph("Turnout was about 40 percent, lower than in last year's regional election, the commission said.")
                .date("Sunday", "2025-06-08", DatePrecision.DAY)
                .date("last year's", "2024", DatePrecision.YEAR)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("election")).map(Event::date))
                .containsExactly("2025-06-08", "2024");
    }
}
