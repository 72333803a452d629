package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The lines at the top of a report that sum it up (round arrest40, invented sentences): a
 * key-points box, a headline under a section label, a headline whose second half sums up a later
 * paragraph, and a deck that names the day the body tells. Each retells what the body tells with
 * its details, so it gives no event of a type the body has.
 */
class StoryTopLinesTest {
    private static final String TITLE = "Live: dockers' strike closes the port of Velmar";
    private static final String ENTRY = "Police say 41 dockers were detained at the harbour gates this afternoon.";

    @Test
    void aKeyPointsLineRetellsTheEntries() {
        String point = "Dozens of dockers detained and the port closed on the second day of the strike.";
        Document d = doc().title(TITLE).heading(TITLE).heading("Key points").paragraph(point)
                .heading("16:20").paragraph(ENTRY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ENTRY);
    }

    @Test
    void aShortKeyPointNamingItsDayRetellsTheEntries() {
        String point = "41 dockers detained since Monday night, police say";
        Document d = doc().title(TITLE).heading(TITLE).heading("Key points").heading(point)
                .heading("16:20").paragraph(ENTRY).date("Monday night", "2026-03-02", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ENTRY);
    }

    @Test
    void keyPointsPrintedAsOneParagraphOfBulletsRetellTheEntries() {
        String point = "Dozens of dockers detained and the port closed on the second day of the strike";
        String other = "The harbour master says no ship has left since dawn";
        Document d = doc().title(TITLE).heading(TITLE).heading("Key points").bulleted(point, other)
                .heading("16:20 GMT").paragraph(ENTRY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ENTRY);
    }

    @Test
    void aParagraphOfSentencesNotBulletedEndsTheBox() {
        String point = "Dozens of dockers detained and the port closed on the second day of the strike.";
        String held = "Police detained the union's treasurer at the gates.";
        String freed = "He was freed an hour later.";
        Document d = doc().title(TITLE).heading(TITLE).heading("Key points").paragraph(point)
                .paragraph(held, freed).build();
        // the two-sentence paragraph is the body: the box's line retells its arrest, the body's stays
        assertThat(sentencesOf(d, "arrest")).containsExactly(held);
    }

    @Test
    void aKeyPointTheBodyDoesNotTellIsKept() {
        String point = "Dozens of dockers detained and the port closed on the second day of the strike.";
        String entry = "The harbour master says no ship has left the port since dawn.";
        Document d = doc().title(TITLE).heading(TITLE).heading("Key points").paragraph(point)
                .heading("16:20").paragraph(entry).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(point);
    }

    @Test
    void aListUnderAnOrdinaryHeadingIsNoBox() {
        String item = "Dozens of dockers detained and the port closed on the second day of the strike.";
        Document d = doc().title(TITLE).heading(TITLE).heading("What the union wants").paragraph(item)
                .heading("16:20").paragraph(ENTRY).build();
        assertThat(sentencesOf(d, "arrest")).contains(item);
    }

    @Test
    void aHeadlineUnderASectionLabelSumsUpTheLead() {
        String title = "Riot police break up dockers' march in Velmar; 41 arrested";
        String lead = "Riot police used batons to break up a march of striking dockers in Velmar on Tuesday.";
        String next = "Forty-one dockers, among them the union's treasurer, were detained and taken to the central station.";
        Document d = doc().title(title).heading("Business | Labour").heading(title)
                .paragraph(lead).paragraph(next).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(next);
    }

    @Test
    void aHeadlinesSecondHalfSumsUpALaterParagraph() {
        String title = "Velmar court fines three over port blockade; teachers detained in Orsa";
        String lead = "A court in Velmar on Monday fined three dockers for blocking the port last spring.";
        Document d = doc().title(title).heading(title).paragraph(lead)
                .paragraph("The judge said the blockade had cost the port millions.")
                .paragraph("Their lawyer said they would appeal the ruling.")
                .paragraph("Lawyers for the defence called the verdicts harsh.")
                .paragraph("Separately, police in Orsa arrested nine teachers who had occupied the town hall.").build();
        assertThat(sentencesOf(d, "arrest")).doesNotContain(title)
                .contains("Separately, police in Orsa arrested nine teachers who had occupied the town hall.");
    }

    @Test
    void aDeckNamingTheDayTheBodyTellsRetellsIt() {
        String title = "Port of Velmar shut as dockers strike for a second day";
        String deck = "Shops closed near the harbour; 41 detained on Monday, the dockers' union says";
        String body = "The dockers' union said 41 of its members were detained on Monday at the harbour gates.";
        Document d = doc().title(title).heading(title).heading(deck).heading("By our port correspondent")
                .paragraph(body).date("Monday", "2026-03-02", DatePrecision.DAY)
                .date("Monday", "2026-03-02", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(body);
    }
}
