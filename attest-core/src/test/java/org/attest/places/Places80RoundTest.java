package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places80 round: seas and gulfs named by one word ("the Gulf", "the Caspian city of"),
 * valleys the gazetteer lacks, and two parts of a town named before one plural part word.
 * Invented sentences.
 */
class Places80RoundTest {
    @Test
    void theGulfAfterItsArticleIsAWorldRegion() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Dockers struck in Bushehr, a port on the Gulf coast, "
                + "on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Gulf");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Bushehr").doesNotContain("Gulf");
    }

    @Test
    void gulfWithoutTheArticleOpensAnotherName() {
        Document d = GeoparserFixture.parse("Iran, May 4 - A Gulf Air flight landed in Shiraz on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Gulf");
    }

    @Test
    void theCaspianAdjectiveIsTheSeasRegionNotAVillageAbroad() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Bazaar traders closed their shops in the Caspian port "
                + "of Bandar-e Anzali and in Tabriz.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Caspian").contains("Tabriz");
        assertThat(d.places()).extracting(PlaceMention::country).containsOnly("IR");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Caspian");
    }

    @Test
    void aValleyTheGazetteerLacksIsReportedWhole() {
        Document d = GeoparserFixture.parse("Lebanon, May 4 - Farmers blocked roads near Zahle, in the Bekaa Valley, "
                + "on Monday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Bekaa Valley");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Zahle");
    }

    @Test
    void aTownBeforeValleyNamesTheValleyNotTheTown() {
        Document d = GeoparserFixture.parse("Pakistan, May 4 - Teachers marched through the Swat Valley and "
                + "rallied in Peshawar.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Swat").contains("Peshawar");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Swat Valley");
    }

    @Test
    void twoPartsOfATownBeforeOnePluralPartWordAreBothReported() {
        Document d = GeoparserFixture.parse("Bangladesh, May 4 - Police fired tear gas in Dhaka's Bashundhara and "
                + "Kolatoli areas on Monday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Bashundhara", "Kolatoli");
        Document the = GeoparserFixture.parse("Kenya, May 4 - Traders rallied in the Kibera and Kawangware "
                + "neighbourhoods of Nairobi.");
        assertThat(the.unresolved()).extracting(Unresolved::surface).contains("Kawangware");
    }

    @Test
    void aPairOfNamesBeforeAPluralNounThatNamesNoPartIsLeftAlone() {
        Document d = GeoparserFixture.parse("Kenya, May 4 - Police questioned the Mwangi and Otieno families "
                + "in Nairobi.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Mwangi", "Otieno");
    }
}
