package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.dates.DateLexicon;
import org.attest.dates.DateStage;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * "Town, in Province" names the province; "the Shah" is a title and "the Minga" no city's exonym;
 * a movement's name is no small town abroad; a name the gazetteer lacks after "in" and before a
 * date is a town; the end of a road "between" two towns stays a town. Sentences and names invented.
 */
class QualifiersTitlesAndDatedTownsTest {
    @Test
    void aProvinceAfterCommaInNamesTheTownsProvince() {
        Document d = GeoparserFixture.parse("Roadblocks went up across Colombia. In Pasto, in Nariño, farmers blocked the main road.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Nariño"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Pasto");
    }

    @Test
    void aTownAfterCommaInIsStillATownWhenItHoldsNoTownBefore() {
        Document d = GeoparserFixture.parse("Iran's unions said teachers struck in Isfahan, in Shiraz and in Tabriz on Sunday.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.CITY)
                .extracting(PlaceMention::surface).contains("Isfahan", "Shiraz", "Tabriz");
    }

    @Test
    void aTitleAfterTheIsNoTown() {
        Document d = GeoparserFixture.parse("Graffiti against the Shah and the clerics appeared on walls in Tehran and Karaj, Iran.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Shah").contains("Tehran", "Karaj");
    }

    @Test
    void anExonymAfterTheIsNoCityAbroad() {
        Document d = GeoparserFixture.parse("Farmers of the Minga travelled by bus to Cali and Popayán, in Colombia's south-west.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Minga").contains("Cali");
    }

    @Test
    void aMovementsNameIsNoSmallTownAbroad() {
        Document d = GeoparserFixture.parse("In Tyre, Lebanon, supporters of the Amal movement tore down tents on Saturday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Amal").contains("Tyre");
    }

    private static Document dated(String text) {
        Document d = new DateStage(DateLexicon.load()).apply(Document.of("test", "test:", "", null, null, "en", text, List.of()));
        return GeoparserFixture.parser().apply(d);
    }

    @Test
    void anUnknownNameAfterInAndBeforeADateOrTheOutskirtsIsATown() {
        Document d = dated("Police fired on marchers in Rambukara in April, Sri Lanka's police said. "
                + "Two men died in Sakvarpur on the outskirts of Dhaka. The activist was charged in Mekindra on Wednesday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Rambukara", "Sakvarpur", "Mekindra");
    }

    @Test
    void aWordOfTheLexiconsBeforeADateIsNoTown() {
        Document d = dated("The bill was debated in Parliament on Tuesday, and prices rose in January, Uganda's officials said.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Parliament", "January");
    }

    @Test
    void theEndOfARoadBetweenTownsStaysATownThoughAProvinceOfItsNameWasCued() {
        Document d = GeoparserFixture.parse("Fighting spread across Magway Region, Myanmar's rebels said. "
                + "They burned two trucks on the highway between Pakokku and Magway on Friday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Magway"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE, PlaceKind.CITY);
    }

    @Test
    void aNameOnlyTownsAbroadBearAfterInAndBeforeTheOutskirtsIsReported() {
        Document d = dated("Bangladesh's police said three workers were shot in Savar on the outskirts of Dhaka.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Savar");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Dhaka");
    }
}
