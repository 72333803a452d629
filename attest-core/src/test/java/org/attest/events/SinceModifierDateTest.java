package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round ev25: a year that names an event noun after "since" ("since the end of the 1989 revolution")
 * starts a stretch; it dates the noun, not the undated sentences after it. Invented sentences.
 */
class SinceModifierDateTest {

    @Test
    void aYearAfterSinceDatesNoLaterSentence() {
        Document d = TestDocs.doc().published("2020-05-04")
                .paragraph("Since the end of the 1989 revolution that toppled the regime, courts have been slow.",
                        "Armed groups attacked three judges in the port city, the monitor said.")
                .date("1989", "1989", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("attack")).extracting(Event::date)
                .doesNotContain("1989");
    }
}
