package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * "watched the crowd and detained two nephews": a past verb joined after a definite noun is a
 * second act of the clause, not a noun that "the" governs and that points back to the arrest told
 * before. Invented sentences, with the contrast of joined nouns that do point back.
 */
class CoordinatedVerbsTest {

    @Test
    void aVerbJoinedAfterADefiniteNounTellsANewArrest() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Police arrested the poet Ilan Marek at his flat on Monday, his lawyer said.")
                .paragraph("Masked officers watched the mourners and detained three of his nephews.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "arrest")).hasSize(2);
    }

    @Test
    void nounsJoinedAfterADeterminerStillPointBack() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Police arrested the poet Ilan Marek at his flat on Monday, his lawyer said.")
                .paragraph("Relatives condemned the raid and arrests in a letter.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "arrest")).hasSize(1);
    }
}
