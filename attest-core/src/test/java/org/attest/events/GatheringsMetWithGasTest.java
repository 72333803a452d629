package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a crowd that tear gas or water cannon met where it gathered
 * gathered in protest, whoever it was, and the day told with "gathered" is the protest's.
 */
class GatheringsMetWithGasTest {
    @Test
    void supportersMetWithTearGasGatheredInProtest() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Party supporters gathered on Tuesday near the old bridge, where police fired tear gas to disperse them.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("protest")).map(Event::date))
                .containsExactly("2025-03-11");
    }

    @Test
    void supportersGatheredForAMeetingStayARally() {
        assertThat(types("Hundreds of supporters gathered in the party hall to hear the candidate speak."))
                .contains("rally").doesNotContain("protest");
    }
}
