package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The word a slash or colon joins to a person's name that closes the line labels a photo credit
 * or byline, not a town; the same word elsewhere in a sentence is still read. Sentences and names
 * invented.
 */
class CreditLabelsTest {
    @Test
    void anAgencyBeforeAPhotographersNameIsNoTown() {
        Document d = GeoparserFixture.parse("Miners block roads in Peru\n\nMiners stand beside a barricade near Arequipa, "
                + "May 2. Pacifica/Lucia Mamani Quispe\n\nThe miners marched in Arequipa on Friday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Pacifica").contains("Arequipa");
    }

    @Test
    void aWordBeforeAColonAndAReportersNameIsNoTown() {
        Document d = GeoparserFixture.parse("Students march in Serbia\n\nPiše: Milena Jovanovic, Kragujevac\n\n"
                + "Thousands of students marched in Kragujevac and Novi Sad on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Piše").contains("Kragujevac");
    }

    @Test
    void aTownBeforeASlashThatGoesOnInTheSentenceStays() {
        Document d = GeoparserFixture.parse("Teachers in Peru struck on Monday in Arequipa/Cusco and in Lima, "
                + "where police made arrests.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Arequipa", "Lima");
    }
}
