package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Statements of round events99 (6 December 2026, invented sentences): a body named with a place's
 * possessive ("Varn's judiciary said") speaks for itself after another statement was told; the
 * possessive names whose body it is, not an event of that name told again, as "the EU criticised
 * Kisoro's arrest" is (MentionShapes.namePossessive, which a body frame now skips).
 */
class PlacesBodyFramesTest {

    @Test
    void aPlacesBodyThatSpeaksAfterAnotherStatementMakesItsOwn() {
        List<Event> events = TestDocs.events(TestDocs.doc()
                .paragraph("The Liberty Front said in June that the new fees were unlawful.")
                .paragraph("The head of Varn's judiciary said that the case would be reviewed.")
                .date("June", "2024-06", DatePrecision.MONTH).build());
        assertThat(events).extracting(Event::type).containsExactly("statement", "statement");
    }
}
