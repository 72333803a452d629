package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A third round of cases met on rights-group reports, UN statements and weekly round-ups, with
 * invented sentences and places.
 */
class EventRightsReportTest {
    @Test
    void aDateRangeDatesOneEventByItsStart() {
        Document d = TestDocs.doc().published("2025-08-03")
                .paragraph("Soldiers fired on crowds in the port between July 20 and July 27, killing at least nine people.")
                .date("July 20", "2025-07-20", DatePrecision.DAY).date("July 27", "2025-07-27", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(tuple("killing", "2025-07-20"));
    }

    @Test
    void twoDatesJoinedByAndAreTwoEvents() {
        Document d = TestDocs.doc().published("2025-08-03")
                .paragraph("Police arrested dozens of students on July 20 and July 27.")
                .date("July 20", "2025-07-20", DatePrecision.DAY).date("July 27", "2025-07-27", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::date).containsExactly("2025-07-20", "2025-07-27");
    }

    @Test
    void aDateAfterThatBelongsToTheReportedClause() {
        Document d = TestDocs.doc().published("2025-12-04")
                .paragraph("The experts noted that on 26 November, guards hanged a young man who had been "
                        + "detained in the port in September 2022.")
                .date("26 November", "2025-11-26", DatePrecision.DAY).date("September 2022", "2022-09", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).extracting(Event::type, Event::date)
                .containsExactly(tuple("execution", "2025-11-26"), tuple("arrest", "2022-09"));
    }

    @Test
    void participantsWhoDieAreNoNewProtestButTheDeathIsAKilling() {
        Document d = TestDocs.doc().published("2025-08-03")
                .paragraph("Riot police fired on a march outside the council building on Monday.")
                .paragraph("Two demonstrators died at the scene.")
                .date("Monday", "2025-07-28", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::type).containsExactly("attack", "protest", "killing");
        Document fled = TestDocs.doc().published("2025-08-03")
                .paragraph("Riot police fired on a march outside the council building on Monday.")
                .paragraph("Two demonstrators drowned in the river as they fled.")
                .date("Monday", "2025-07-28", DatePrecision.DAY)
                .build();
        assertThat(events(fled)).extracting(Event::type).containsExactly("attack", "protest");
    }

    @Test
    void aHomeRaidThatTakesSomeoneAwayIsAnArrest() {
        Document d = TestDocs.doc().published("2025-10-20")
                .paragraph("On Wednesday, intelligence agents raided the home of a teacher and took her to an unknown location.")
                .date("Wednesday", "2025-10-15", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(tuple("arrest", "2025-10-15"));
    }
}
