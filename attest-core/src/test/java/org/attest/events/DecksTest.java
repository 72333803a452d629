package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The deck under a headline (round prec31, invented sentences): a one-sentence summary between the
 * headline and a byline, a section heading or a timestamp retells what the body tells, so it gives
 * no event of a type the body has; a paragraph the story goes on from at once is the lead, and a
 * wire lead with a dateline never is a deck.
 */
class DecksTest {
    private static final String TITLE = "Fishermen strike along the coast over fuel prices";
    private static final String DECK = "Union says boats have stayed in port for a week as the strike reaches two more harbours.";
    private static final String BODY = "Fishermen in Portvela went on strike on Monday over the price of diesel, the union said.";

    @Test
    void aDeckBeforeTheBylineRetellsTheBody() {
        Document d = doc().title(TITLE).heading(TITLE).paragraph(DECK).heading("By Staff reporter")
                .paragraph(BODY).build();
        assertThat(sentencesOf(d, "other")).containsExactly(BODY);
    }

    @Test
    void aLivePagesInvitationRetellsTheEntries() {
        String follow = "Follow our live coverage of the march of the fishermen through the port city.";
        String entry = "Several thousand fishermen marched to the harbour office on Monday morning.";
        Document d = doc().title("LIVE: Fishermen march in Portvela").heading("LIVE: Fishermen march in Portvela")
                .paragraph(follow).heading("10:05").paragraph(entry).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(entry);
    }

    @Test
    void aDeckTellingWhatTheBodyDoesNotIsKept() {
        String deck = "Police detained four union organisers as the strike reached two more harbours.";
        Document d = doc().title(TITLE).heading(TITLE).paragraph(deck).heading("By Staff reporter")
                .paragraph(BODY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(deck);
    }

    @Test
    void theLeadUnderTheHeadlineIsNoDeck() {
        String more = "Boats stayed in port along the whole coast, according to the harbour office.";
        Document d = doc().title(TITLE).heading(TITLE).paragraph(BODY).paragraph(more)
                .paragraph("The fishermen marched to the harbour office on Tuesday.").build();
        assertThat(sentencesOf(d, "other")).contains(BODY);
    }

    @Test
    void aWireLeadWithADatelineIsNoDeck() {
        String lead = "PORTVELA, March 3 (Coastwire) - Fishermen went on strike on Monday over the price of diesel.";
        Document d = doc().title(TITLE).heading(TITLE).paragraph(lead).heading("Demands")
                .paragraph("The fishermen marched to the harbour office on Tuesday to press their demands.").build();
        assertThat(sentencesOf(d, "protest")).contains(lead);
    }

    @Test
    void theTitleGoesOnInTheDeck() {
        String title = "Police detain union leaders as fishermen strike";
        String deck = "Four union organisers were detained in the port as the strike spread to two more harbours.";
        Document d = doc().title(title).heading(title).paragraph(deck).heading("By Staff reporter")
                .paragraph(BODY).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(deck);
    }

    @Test
    void aDigestLeadDatedToItsWeekIsNoDeck() {
        String lead = "Between 3 and 9 May 2021, the group documented the arrest of 14 fishermen in three harbours.";
        Document d = doc().title("Weekly digest: arrests along the coast").heading("Weekly digest: arrests along the coast")
                .paragraph(lead).heading("Harbours")
                .paragraph("On 4 May, police detained six fishermen in Portvela.").build();
        assertThat(sentencesOf(d, "arrest")).contains(lead);
    }
}
