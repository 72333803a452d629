package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A picture's caption shows a moment of what the report tells: it gives no event when the body
 * tells an event of its type on its day, nor when it names no day of its own; a dated caption of
 * what the body does not tell is the report's telling of it (events83). A line that opens with a
 * credit in brackets is a teaser or headline and keeps its event; a heading that dates its event
 * to a day of its own still tells that day's event. All lines are invented for these tests.
 */
class PictureCaptionTest {

    @Test
    void aCaptionOfADayTheBodyTellsGivesNoEvent() {
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("Students march past the town hall in Dunmore on March 8, 2024. (Photo: Jo Fenn / Valley Wire)")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 8, 2024", "2024-03-08", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "protest"))
                .containsExactly("Thousands of students marched through Dunmore on Friday.");
    }

    @Test
    void aDatedCaptionOfWhatTheBodyDoesNotTellIsAnEvent() {
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("Students clash with riot police in Dunmore on March 5, 2024. (Photo: Jo Fenn / Valley Wire)")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 5, 2024", "2024-03-05", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest"))
                .extracting(e -> e.date()).containsExactlyInAnyOrder("2024-03-05", "2024-03-08");
    }

    @Test
    void aDatedCaptionBesideAStoryOfAnotherTypeIsAnEvent() {
        Document d = TestDocs.doc().published("2024-03-09")
                .paragraph("Inmates of Dunmore jail sleep on floors, former prisoners told the Valley Rights Group.")
                .caption("Relatives of inmates protested outside the prison service in Dunmore on Sunday.")
                .paragraph("The prison service denied that the jail was overcrowded.")
                .date("Sunday", "2024-03-03", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "protest"))
                .containsExactly("Relatives of inmates protested outside the prison service in Dunmore on Sunday.");
    }

    @Test
    void anUndatedCaptionGivesNoEvent() {
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("A banner urging a boycott of the vote hangs from a bridge in Dunmore.")
                .paragraph("The port authority raised its fees again this week.").build();
        assertThat(TestDocs.events(d)).isEmpty();
    }

    @Test
    void aLineOpeningWithACreditKeepsItsDatedEvent() {
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("(Valley Wire): Teachers marched through Dunmore on March 5, 2024.")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 5, 2024", "2024-03-05", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest"))
                .extracting(e -> e.date()).containsExactlyInAnyOrder("2024-03-05", "2024-03-08");
    }

    @Test
    void aHeadingOfAnotherDayIsAnEventOfItsOwn() {
        Document d = TestDocs.doc().published("2024-03-09")
                .heading("Students clash with riot police in Dunmore on March 5, 2024")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 5, 2024", "2024-03-05", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest"))
                .extracting(e -> e.date()).containsExactlyInAnyOrder("2024-03-05", "2024-03-08");
    }

    @Test
    void aCreditedLineThatOpensWithWhatThePictureIsIsACaption() {
        // events93: "(Agency): Photographs of ..." describes a picture, though a credit opens it
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("(Valley Wire): Photographs of the protest outside the town hall in Dunmore on March 8, 2024.")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 8, 2024", "2024-03-08", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "protest"))
                .containsExactly("Thousands of students marched through Dunmore on Friday.");
    }
}
