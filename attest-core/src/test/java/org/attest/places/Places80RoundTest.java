package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places80 round: seas and gulfs named by one word ("the Gulf", "the Caspian city of"),
 * valleys the gazetteer lacks, two parts of a town named before one plural part word, squares
 * named after people, short state names before their cue, the Kurdistan Regional Government, and
 * tallies by province ("Kerman with 50, Khuzestan with 41"), and a capitalised "The" before a
 * name only an alternate spells ("The Green Zone"), a country's name as a given name ("Israel
 * Zuckerbrot"), treaties named after towns ("the Istanbul Convention"), and two provinces of one name
 * written once ("East and West Azerbaijan").
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

    @Test
    void aSquareNamedAfterPeopleIsNoTownAbroad() {
        Document d = GeoparserFixture.parse("Lebanon, May 4 - Crowds filled Martyrs' Square in Beirut, and "
                + "students marched to the Teachers\u2019 Union building.");
        assertThat(d.places()).extracting(PlaceMention::country).containsOnly("LB");
        Document abroad = GeoparserFixture.parse("Lebanon, May 4 - Thousands rallied in Martyrs' Square on Sunday.");
        assertThat(abroad.places()).extracting(PlaceMention::surface).doesNotContain("Martyrs");
    }

    @Test
    void aShortStateNameBeforeItsCueIsTheState() {
        Document d = GeoparserFixture.parse("Myanmar, May 4 - Troops shelled villages in Kachin and Shan states, "
                + "and Beijing urged a ceasefire.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Shan"))
                .extracting(PlaceMention::kind, PlaceMention::country).containsExactly(tuple(PlaceKind.PROVINCE, "MM"));
    }

    @Test
    void theKurdistanRegionalGovernmentNamesNoIranianProvince() {
        Document d = GeoparserFixture.parse("Iraq, May 4 - Tehran protested, and the Kurdistan Regional Government "
                + "in Erbil called for calm.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Kurdistan").contains("Erbil");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Kurdistan Regional Government");
    }

    @Test
    void aTallyOfProvincesWithTheirCountsMakesALargeTownsNameTheProvince() {
        Document provinces = GeoparserFixture.parse("Iran, May 4 - Executions were highest in Kerman with 50, "
                + "Khuzestan with 41 and Sistan and Baluchestan with 38.");
        assertThat(provinces.places()).filteredOn(p -> p.surface().equals("Kerman"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aTallyOfTownsWithTheirCountsKeepsTheTowns() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Arrests were reported in Tehran with 120, Kerman with 40 "
                + "and Shiraz with 12, the group said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kerman"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.CITY);
        Document two = GeoparserFixture.parse("Iran, May 4 - Strikes were reported in Kerman and in Khuzestan "
                + "and Ilam provinces.");
        assertThat(two.places()).filteredOn(p -> p.surface().equals("Kerman"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.CITY);
    }

    @Test
    void aSentencesArticleBeforeAnAlternateNameIsNoTown() {
        Document d = GeoparserFixture.parse("Iraq, May 4 - Crowds gathered in Baghdad. The Green Zone was sealed "
                + "off, and The Hague urged calm.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("The Green").contains("The Hague");
    }

    @Test
    void aRegionOpeningTheSentenceIsReportedOnce() {
        Document d = GeoparserFixture.parse("Iraq, May 4 - In Iraqi Kurdistan, teachers marched in Erbil.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsOnlyOnce("Iraqi Kurdistan");
    }

    @Test
    void aNameTheGazetteerLacksPairedWithATownAfterASentencesOpeningInIsReported() {
        Document d = GeoparserFixture.parse("Kenya, May 4 - Police fired tear gas in Nakuru. In Naivasha and "
                + "Kipsemet, youths blocked the highway.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Kipsemet");
        Document month = GeoparserFixture.parse("Kenya, May 4 - In Naivasha and Parliament, the bill was debated.");
        assertThat(month.unresolved()).extracting(Unresolved::surface).doesNotContain("Parliament");
    }

    @Test
    void aCountrysNameAsAGivenNameBeforeASurnameIsAPerson() {
        Document d = GeoparserFixture.parse("Middle East, May 4 - Israel Zuckerbrot said the army would stay, "
                + "and protests spread along the Israel Lebanon border.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Israel")).hasSize(1);
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Lebanon");
    }

    @Test
    void aCountryBeforeAnInstitutionsWordStaysWithItsRules() {
        Document d = GeoparserFixture.parse("Middle East, May 4 - Chad Police detained six students in N'Djamena, "
                + "and rallies were held across Chad.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Chad");
    }

    @Test
    void aTreatyNamedAfterATownIsNoMentionOfIt() {
        Document d = GeoparserFixture.parse("Turkey, May 4 - Women marched in Izmir against leaving the Istanbul "
                + "Convention, and lawyers cited the Geneva Conventions and the Kyoto Protocol.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Izmir")
                .doesNotContain("Istanbul", "Geneva", "Kyoto");
    }

    @Test
    void twoProvincesOfOneNameWrittenOnceAreBothFound() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Bazaars closed in the provinces of East and West "
                + "Azerbaijan, and in North and South Khorasan.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE).extracting(PlaceMention::admin1)
                .contains("East Azerbaijan", "West Azerbaijan", "North Khorasan", "South Khorasan");
        assertThat(d.places()).extracting(PlaceMention::country).containsOnly("IR");
    }

    @Test
    void aCompassWordBeforeAndWithoutASharedProvinceNameIsLeftAlone() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Rallies were held in the East and West of Tehran.");
        assertThat(d.places()).extracting(PlaceMention::admin1).doesNotContain("East Azerbaijan");
    }
}
