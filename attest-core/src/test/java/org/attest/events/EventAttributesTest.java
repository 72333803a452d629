package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** Dates, places and quantities attached to events. All sentences are invented for these tests. */
class EventAttributesTest {
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    private static List<Event> events(Document d) {
        return STAGE.apply(d).events();
    }

    @Test
    void oneEventPerDateWhenOneSentenceReportsTwoPeriods() {
        Document d = TestDocs.doc().paragraph(
                        "In March the groups urged a boycott of the vote in 40 villages and by April the call had reached 95 towns.")
                .date("March", "2022-03", DatePrecision.MONTH)
                .date("April", "2022-04", DatePrecision.MONTH)
                .quantity("40 villages", 40).quantity("95 towns", 95)
                .build();
        List<Event> ev = events(d);
        assertThat(ev).extracting(Event::type).containsExactly("boycott_call", "boycott_call");
        assertThat(ev).extracting(Event::date).containsExactly("2022-03", "2022-04");
        assertThat(ev.get(0).quantities()).containsExactly(0);
        assertThat(ev.get(1).quantities()).containsExactly(1);
    }

    @Test
    void eachDateGoesToTheNearestTriggerOfItsOwn() {
        Document d = TestDocs.doc().paragraph(
                        "On 3 May, students launched an online campaign recalling the 1999 massacre of political detainees.")
                .date("3 May", "2023-05-03", DatePrecision.DAY)
                .date("1999", "1999", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).extracting(e -> e.type() + "@" + e.date())
                .containsExactly("online_campaign@2023-05-03", "execution@1999");
    }

    @Test
    void noDuplicateOfOneTypeAndDateInASentence() {
        Document d = TestDocs.doc().paragraph(
                        "Protesters marched and chanted slogans in the square on Friday.")
                .date("Friday", "2023-02-10", DatePrecision.DAY)
                .build();
        assertThat(events(d)).singleElement().extracting(Event::date).isEqualTo("2023-02-10");
    }

    @Test
    void undatedSentenceTakesTheEarlierDateOfItsParagraph() {
        Document d = TestDocs.doc()
                .paragraph("A second wave of unrest broke out in October 2020.",
                        "Within days, dozens of demonstrators were killed.")
                .date("October 2020", "2020-10", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).extracting(e -> e.type() + "@" + e.date())
                .containsExactly("protest@2020-10", "killing@2020-10");
    }

    @Test
    void undatedDocumentFallsBackToTheLeadDateThenThePublicationWeek() {
        Document lead = TestDocs.doc()
                .paragraph("The report appeared on 2 June 2021.")
                .paragraph("Nothing dated here.")
                .paragraph("Police detained a journalist.")
                .date("2 June 2021", "2021-06-02", DatePrecision.DAY)
                .build();
        assertThat(events(lead)).singleElement().extracting(Event::date).isEqualTo("2021-06-02");

        Document published = TestDocs.doc().published("2022-11-20")
                .paragraph("Police detained a journalist.").build();
        Event e = events(published).get(0);
        assertThat(e.date()).isEqualTo("2022-11-20");
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.WEEK);

        Event none = events(TestDocs.sentence("Police detained a journalist.")).get(0);
        assertThat(none.date()).isNull();
        assertThat(none.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void placesComeFromTheSentenceOrFromThePreviousOneOfTheSameType() {
        Document d = TestDocs.doc()
                .paragraph("Teachers protested in Ravenport and Lowmere.",
                        "More protests followed the next day.",
                        "Officials announced a pay review.")
                .place("Ravenport", 101).place("Lowmere", 102)
                .build();
        List<Event> ev = events(d);
        assertThat(ev).extracting(Event::type).containsExactly("protest", "protest", "statement");
        assertThat(ev.get(0).places()).containsExactly(0, 1);
        assertThat(ev.get(1).places()).containsExactly(0, 1);
        assertThat(ev.get(2).places()).isEmpty();
    }

    @Test
    void eventSpanIsTheSentence() {
        Document d = TestDocs.doc().paragraph("It rained.", "Police arrested a blogger.").build();
        Event e = events(d).get(0);
        assertThat(e.span().of(d.text())).isEqualTo("Police arrested a blogger.");
    }

    @Test
    void eventsComeInTextOrder() {
        Document d = TestDocs.doc()
                .paragraph("Gunmen attacked a checkpoint.", "Then police detained six men.")
                .paragraph("The governor condemned the violence.")
                .build();
        assertThat(events(d)).extracting(Event::type).containsExactly("attack", "arrest", "statement");
    }
}
