package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/** Places round pl210 (sets ev210-ev214: reports from Europe, the Gulf, South Asia, the Andes and the Sahel). Sentences of our own. */
class Places210RoundTest {

    @Test
    void aMountainRangeOrAUnionOfStatesIsARegionNotATown() {
        Document d = GeoparserFixture.parse("In Peru, farmers blocked roads across the Andes on Monday, and envoys "
                + "of the European Union called for talks in Lima.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("Andes"));
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Andes", "European Union");
    }

    @Test
    void aCountingNounOpeningASentenceIsNoTown() {
        Document d = GeoparserFixture.parse("Unions marched in Paris and Lyon. Dozens of smaller towns in France "
                + "saw marches too.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("Dozens"));
    }

    @Test
    void aPeoplesNameAsAnAdjectiveIsNoTown() {
        Document d = GeoparserFixture.parse("In Peru, trains to the Inca citadel were halted as protests spread "
                + "from Cusco.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("Inca"));
    }

    @Test
    void aProvinceIsNamedAsTheTextNamesItWithoutAFirstWord() {
        assertThat(Admin1Display.withoutFirstWord("Abuja Federal Capital Territory", "Federal Capital Territory"))
                .isEqualTo("Federal Capital Territory");
        // one word left is no name of the whole: "Khorasan" is not all of "Razavi Khorasan"
        assertThat(Admin1Display.withoutFirstWord("Razavi Khorasan", "Khorasan")).isEqualTo("Razavi Khorasan");
        // an Arabic article stays, as the table writes it
        assertThat(Admin1Display.withoutFirstWord("Al Wadi Jadid", "Wadi Jadid")).isEqualTo("Al Wadi Jadid");
        assertThat(Admin1Display.withoutFirstWord(null, "Federal Capital Territory")).isNull();
    }

    @Test
    void aTownsPartNamedLikeAProvinceAbroadIsNoProvinceThere() {
        Document d = GeoparserFixture.parse("In Niger, two editors were taken from their office in the Plateau "
                + "district of Niamey on Saturday.");
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.PROVINCE && !"NE".equals(p.country()));
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Plateau");
    }

    @Test
    void namesListedAfterAPluralPartWordAreParts() {
        Document d = GeoparserFixture.parse("In Guinea, youths burned tyres in the suburbs of Tarvel and Velmar "
                + "and in the districts of Dorrik, Kalvento and Sumbako near Conakry.");
        assertThat(d.unresolved()).extracting(Unresolved::surface)
                .contains("Tarvel", "Velmar", "Dorrik", "Kalvento", "Sumbako");
        // a capitalised word before a noun is the noun's adjective, no part
        Document noun = GeoparserFixture.parse("In Mali, rebels held areas of Government territory near Gao.");
        assertThat(noun.unresolved()).extracting(Unresolved::surface).doesNotContain("Government");
    }

    @Test
    void aRoadNamedByTwoUnknownTownsNamesBoth() {
        Document d = GeoparserFixture.parse("In Guinea, five people were shot along the Tarvel-Velmar road on "
                + "Friday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Tarvel", "Velmar");
        // a combining form or a people's adjective at one end names no town
        Document compound = GeoparserFixture.parse("In Nepal, landslides closed the Sino-Velmar road and the "
                + "Tunisian-Tarvel highway.");
        assertThat(compound.unresolved()).extracting(Unresolved::surface).doesNotContain("Sino", "Tunisian");
    }

    @Test
    void aPartsNameAfterItsTownsPossessiveEndsBeforeAnInfinitive() {
        Document d = GeoparserFixture.parse("Thousands rallied in Dhaka's Tarvel Velmar area to demand new "
                + "elections in Bangladesh.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Tarvel Velmar");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Dhaka");
    }
}
