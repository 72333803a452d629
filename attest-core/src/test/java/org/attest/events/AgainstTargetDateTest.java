package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round ev25: a ruled-out trigger that an event stands against ("protests against the coup on March
 * 3") does not claim the date that ends the phrase: the date is the protests'. Invented sentences.
 */
class AgainstTargetDateTest {

    @Test
    void theDateAfterTheTargetOfAProtestIsTheProtests() {
        Document d = TestDocs.doc().published("2022-03-12")
                .paragraph("A student who was shot in the leg during the protests against the coup on March 3 in the river town died on Friday.")
                .date("March 3", "2022-03-03", DatePrecision.DAY).date("Friday", "2022-03-11", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("protest")).extracting(Event::date)
                .contains("2022-03-03");
    }

    @Test
    void aRuledOutTriggerNotStoodAgainstKeepsItsDate() {
        // "a boycott of the elections in June": June is the elections', not the rally's
        Document d = TestDocs.doc().published("2022-03-12")
                .paragraph("Thousands rallied in the river town on Friday to call for a boycott of the elections in June.")
                .date("Friday", "2022-03-11", DatePrecision.DAY).date("June", "2022-06", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).extracting(Event::date).doesNotContain("2022-06");
    }
}
