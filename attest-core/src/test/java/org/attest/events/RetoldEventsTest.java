package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Sentences that go on telling a protest the report has already given (held-out round of December
 * 2026, invented sentences): its participants doing more of it with no place or date of their own,
 * and the protest named by its day ("Monday's protests"). A new place, a new date or a fresh noun
 * ("a march") still makes a new event.
 */
class RetoldEventsTest {

    private static List<String> protestSentences(Document d) {
        return TestDocs.sentencesOf(d, "protest");
    }

    @Test
    void participantsGoingOnWithAProtestToldBeforeAreNoNewProtest() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("About 400 demonstrators had gathered by the afternoon, some holding handwritten signs.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY)
                .place("Velmora", 9001).build();
        assertThat(protestSentences(d)).hasSize(1).allMatch(s -> s.startsWith("Nurses staged"));
    }

    @Test
    void participantsWithAFreshNounOrAPlaceOfTheirOwnStillTellANewProtest() {
        Document march = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("Protesters then began a march towards the governor's office.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY)
                .place("Velmora", 9001).build();
        // round evfp20: a fresh noun on the day the lead dates goes over that day's protest again
        assertThat(protestSentences(march)).hasSize(1);
        Document elsewhere = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("In Ostrava about 400 demonstrators had gathered by the afternoon.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY)
                .place("Velmora", 9001).place("Ostrava", 9002).build();
        assertThat(protestSentences(elsewhere)).hasSize(2);
    }

    @Test
    void participantsChantingInAProtestToldBeforeAreNoNewProtest() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("Protesters chanted \u201cNo pay, no care!\u201d and waved blue scarves.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY)
                .place("Velmora", 9001).build();
        assertThat(protestSentences(d)).hasSize(1).allMatch(s -> s.startsWith("Nurses staged"));
        // round evfp20: an action of theirs on the day the lead dates is that protest told again
        Document fire = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("Protesters set fire to tyres outside the gates.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY)
                .place("Velmora", 9001).build();
        assertThat(protestSentences(fire)).hasSize(1);
    }

    @Test
    void aProtestNamedByItsDayPointsBack() {
        Document d = TestDocs.doc().published("2024-05-15")
                .paragraph("Hundreds of bakers protested against flour prices in Velmora on Monday.")
                .paragraph("Monday's protests were held without a permit from the governor.")
                .date("Monday", "2024-05-13", DatePrecision.DAY).date("Monday's", "2024-05-13", DatePrecision.DAY)
                .place("Velmora", 9001).build();
        assertThat(protestSentences(d)).hasSize(1).allMatch(s -> s.startsWith("Hundreds of bakers"));
    }

    @Test
    void aDaysProtestFirstToldIsAnEvent() {
        Document d = TestDocs.doc().published("2024-05-15")
                .paragraph("Monday's protests in Velmora drew hundreds of bakers angry at flour prices.")
                .date("Monday's", "2024-05-13", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(events(d)).extracting(Event::type).contains("protest");
    }

    @Test
    void peopleNamedByTheirArrestToldBeforeAreNoNewArrest() {
        Document d = TestDocs.doc().published("2024-05-15")
                .paragraph("Police arrested eleven dock workers in Velmora on Monday.")
                .paragraph("The union called for the release of those workers who were detained without charge.")
                .paragraph("Those arrested include two shop stewards.")
                .date("Monday", "2024-05-13", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).hasSize(1);
    }

    @Test
    void aNewArrestAfterOneToldBeforeIsStillAnEvent() {
        Document d = TestDocs.doc().published("2024-05-15")
                .paragraph("Police arrested eleven dock workers in Velmora on Monday.")
                .paragraph("Two shop stewards who were detained in a dawn raid were later released.")
                .date("Monday", "2024-05-13", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).hasSize(2);
    }

    @Test
    void aWarningIssuedIsAStatement() {
        assertThat(TestDocs.types("The transport ministry issued a stern warning to bus operators on Tuesday."))
                .contains("statement");
        assertThat(TestDocs.types("The transport ministry issued new licences to the drivers on Tuesday."))
                .doesNotContain("statement");
    }

    @Test
    void theCrowdNamedByItsTownPointsBack() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Thousands of exiles rallied against the junta in Velmora on Saturday.")
                .paragraph("The exiled poet greeted the Velmora demonstrators from a balcony.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY)
                .place("Velmora", 9001).place("Velmora", 9001).build();
        assertThat(protestSentences(d)).hasSize(1).allMatch(s -> s.startsWith("Thousands of exiles"));
    }
}
