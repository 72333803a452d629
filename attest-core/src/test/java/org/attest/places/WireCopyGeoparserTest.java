package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * What wire copy, rights groups' reports and news sites write around place names: bylines,
 * datelines, qualifiers, lists, compounds and persons named like towns. Sentences of our own.
 */
class WireCopyGeoparserTest {
    static final long PARIS_TEXAS = 4717560;
    static final long PARIS_FRANCE = 2988507;
    static final long LONDON_ONTARIO = 6058560;
    static final long HOMS = 169577;
    static final long AL_KHUMS = 2219905;
    static final long KOYA_JAPAN = 6417596;
    static final long KERMANSHAH = 128226;
    static final long CHIAPA_DE_CORZO = 3531013;
    static final long SPANISH_ONTARIO = 6153117;
    static final long ARAB_ALABAMA = 4830455;
    static final long BRENT = 2654789;
    static final long KHARTOUM = 379252;
    static final long CAIRO = 360630;
    static final long FREEDOM_OHIO = 5145607;
    static final long SHIRAZ = 115019;
    static final long JERUSALEM = 281184;
    static final long BARCHI_ITALY = 6535032;
    static final long AL_BAB = 174018;
    static final long KUPIANSK = 703656;
    static final long CORDOBA_ARGENTINA = 3860259;
    static final long FANO_ITALY = 3177219;
    static final long IDLIB = 169389;
    static final long JI_AN = 1806445;
    static final long AHMEDABAD = 1279233;
    static final long TABRIZ = 113646;
    static final long WESTWOOD_MASSACHUSETTS = 4955317;
    static final long VANCOUVER_WASHINGTON = 5814616;
    static final long VANCOUVER_CANADA = 6173331;
    static final long TYRE = 267008;
    static final long PORTLAND_OREGON = 5746545;
    static final long ISLAMABAD = 1176615;
    static final long SEOUL = 1835848;
    static final long LAS_MERCEDES_MEXICO = 3999621;
    static final long KISUMU = 191245;
    static final long NAKURU = 184622;
    static final long KARAJ = 128747;
    static final long TEHRAN = 112931;
    static final long HISAR_INDIA = 1270022;
    static final long TRIPOLI_LEBANON = 266826;
    static final long TRIPOLI_LIBYA = 2210247;


    private static List<String> surfaces(Document d) {
        return d.places().stream().map(PlaceMention::surface).toList();
    }

    @Test
    void aReportThatNamesNoCountryIsAboutTheOneItsDemonymsName() {
        // a loose spelling of a town of a country the report is not about is no place
        Document syrian = GeoparserFixture.parse("Syrian troops shot dead two mourners in the village of Khirbet al-Harir.");
        assertThat(syrian.places()).extracting(PlaceMention::country).doesNotContain("ET");
        Document kenyan = GeoparserFixture.parse("Kenyan police fired tear gas at hundreds of traders in Kisumu.");
        assertThat(kenyan.places()).extracting(PlaceMention::country).containsOnly("KE");
    }

    @Test
    void bylineNamesArePersons() {
        Document d = GeoparserFixture.parse("Opposition rallies in Venezuela\n\nBy Regina Castillo and Franklin Soto\n\n"
                + "CARACAS, Venezuela (AP) - Thousands marched in Maracaibo and Valencia on Tuesday.");
        assertThat(surfaces(d)).doesNotContain("Regina", "Franklin").contains("CARACAS", "Maracaibo");
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        Document d = GeoparserFixture.parse("Strikes spread across Iran.\nBy Tuesday, Tabriz and Mashhad had joined.");
        assertThat(surfaces(d)).contains("Tabriz", "Mashhad");
    }

    @Test
    void twoTownNamesInARowAreAPersonsName() {
        Document d = GeoparserFixture.parse("Lincoln Florence, a pastor, led a vigil for the prisoners held in Tabriz.");
        assertThat(surfaces(d)).doesNotContain("Lincoln", "Florence").contains("Tabriz");
    }

    @Test
    void halfOfAnEzafeCompoundIsNoTownOfItsOwn() {
        Document d = GeoparserFixture.parse("Women gathered in the Dasht-e Barchi area of Kabul. Teachers rallied in "
                + "Islamabad-e Gharb, Harsin and Sonqor in Kermanshah province.");
        assertThat(ids(d)).doesNotContain(BARCHI_ITALY);
        assertThat(surfaces(d)).doesNotContain("Islamabad", "Gharb", "Barchi").contains("Kabul", "Harsin");
    }

    @Test
    void aNameBeforeAnArabicArticleGoesOnPastIt() {
        Document d = GeoparserFixture.parse("Clashes broke out in Bab al-Tabbaneh, a poor district of Tripoli in Lebanon, "
                + "as Syrian refugees from Aleppo and Idlib in Syria watched.");
        assertThat(ids(d)).doesNotContain(AL_BAB);
    }

    @Test
    void halfOfAHyphenatedNameIsNoTown() {
        Document d = GeoparserFixture.parse("Shelling hit Kupiansk-Vuzlovyi, a village in eastern Ukraine.");
        assertThat(ids(d)).doesNotContain(KUPIANSK);
    }

    @Test
    void aTitleCaseWordAfterAHyphenKeepsTheTown() {
        Document d = GeoparserFixture.parse("Tabriz-Led Strike Spreads Across Iran");
        assertThat(ids(d)).contains(TABRIZ);
    }

    @Test
    void aQualifierAfterACommaNamesTheTownsStateOrProvince() {
        Document d = GeoparserFixture.parse("PARIS, Texas (AP) - A vigil was held for a man hanged in Iran. "
                + "His cousins live in Toronto, Berlin and London, Ontario.");
        assertThat(ids(d)).contains(PARIS_TEXAS, LONDON_ONTARIO).doesNotContain(PARIS_FRANCE);
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Ontario"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void theOtherMembersOfAListSettleItsAmbiguousMember() {
        Document d = GeoparserFixture.parse("Militias fought in Tripoli, Libya, and families fled from Tripoli to "
                + "Misrata, Zawiya and Gharyan in Libya. Many Syrian refugees in Libya came from Homs, Hama and Idlib.");
        assertThat(ids(d)).contains(HOMS).doesNotContain(AL_KHUMS);
    }

    @Test
    void aListOfArgentineCitiesHoldsCordobaOfArgentina() {
        Document d = GeoparserFixture.parse("In Colombia, dockers struck in Cartagena, Barranquilla and Santa Marta, "
                + "marchers filled Bogota, Cali and Medellin, and farmers blocked roads near Cucuta and Pasto in Colombia. "
                + "In Argentina, unions marched in Buenos Aires, Córdoba and Rosario.");
        assertThat(ids(d)).contains(CORDOBA_ARGENTINA);
    }

    @Test
    void aSmallTownAbroadIsNoMemberOfAListOfAnotherCountrysTowns() {
        Document d = GeoparserFixture.parse("Iranian drones struck near Koya, Erbil and Sulaymaniyah, Kurdish parties in "
                + "exile said. Arrests followed in Sanandaj.");
        assertThat(ids(d)).doesNotContain(KOYA_JAPAN);
    }

    @Test
    void aPluralCueAfterAListNamesTheKindOfEveryMember() {
        Document d = GeoparserFixture.parse("Kurds mostly live in Kurdistan, Kermanshah, West Azerbaijan and Ilam provinces.");
        assertThat(ids(d)).doesNotContain(KERMANSHAH);
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kermanshah"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aProvinceIsNoTownThatOnlyAnAlternateNameOfASmallTownMatches() {
        Document d = GeoparserFixture.parse("Zapatista supporters rallied in Mexico City and in San Cristobal de las Casas, Chiapas.");
        assertThat(ids(d)).doesNotContain(CHIAPA_DE_CORZO);
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Chiapas"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aDemonymBeforeACueIsAnAdjective() {
        Document d = GeoparserFixture.parse("Exiles in Toronto and Montreal, Canada, heard that in Valencia, not the Spanish "
                + "city but Venezuela's third largest, police arrested a reporter.");
        assertThat(ids(d)).doesNotContain(SPANISH_ONTARIO);
    }

    @Test
    void peoplesAreNoTowns() {
        Document d = GeoparserFixture.parse("Police were deployed in Ahvaz and Shadegan, cities with large Arab populations.");
        assertThat(ids(d)).doesNotContain(ARAB_ALABAMA);
    }

    @Test
    void anOilBenchmarkIsNoBorough() {
        Document d = GeoparserFixture.parse("Brent crude rose 2% after workers at the Abadan refinery in Iran walked out.");
        assertThat(ids(d)).doesNotContain(BRENT);
    }

    @Test
    void aForcesBaseOrDayIsAnOrganisationName() {
        Document d = GeoparserFixture.parse("Sanctions hit commanders of the IRGC Quds Base in Zahedan, Iran. "
                + "Crowds marked Quds Day in Tehran.");
        assertThat(ids(d)).doesNotContain(JERUSALEM);
    }

    @Test
    void aDatelineOfTwoCitiesJoinedByASlashNamesBoth() {
        Document d = GeoparserFixture.parse("KHARTOUM/CAIRO, Jan 14 (Reuters) - Fighting flared in Omdurman, Sudan.");
        assertThat(ids(d)).contains(KHARTOUM, CAIRO);
    }

    @Test
    void aSloganIsNoListOfPlaces() {
        Document d = GeoparserFixture.parse("Marchers in Los Angeles and Chicago in the United States chanted "
                + "\"Woman, Life, Freedom\" on Friday.");
        assertThat(ids(d)).doesNotContain(FREEDOM_OHIO);
    }

    @Test
    void aSurnameThatEndsAListWithASpeechVerbIsTheSpeaker() {
        Document d = GeoparserFixture.parse("Leila Shiraz moved to Texas in 1998. Other relatives live in Toronto, "
                + "Berlin and Oslo, Shiraz said.");
        assertThat(ids(d)).doesNotContain(SHIRAZ);
    }

    @Test
    void anArmedGroupNamedLikeASmallTownAbroadIsNoPlace() {
        Document d = GeoparserFixture.parse("Refugees crossing from Ethiopia into Sudan reported abuses by Fano militias.");
        assertThat(ids(d)).doesNotContain(FANO_ITALY);
    }

    @Test
    void aGroupNamedForATownOfTheCountryTheTextIsAboutKeepsTheTown() {
        Document d = GeoparserFixture.parse("In Syria, Idlib rebels shelled positions near Aleppo.");
        assertThat(ids(d)).contains(IDLIB);
    }

    @Test
    void aGivenNameAloneThatOnlyAnotherLanguageSpellsAsATownIsAPerson() {
        Document d = GeoparserFixture.parse("Kian Pirfalak was killed in Izeh in Iran. Kian's mother said the family was watched.");
        assertThat(ids(d)).doesNotContain(JI_AN);
    }

    @Test
    void aPartOfATownIsNoTownOfAnotherCountry() {
        Document d = GeoparserFixture.parse("Two activists were detained in the Ahmadabad neighbourhood of Mashhad.");
        assertThat(ids(d)).doesNotContain(AHMEDABAD);
    }

    @Test
    void aTownsAdjectiveIsNoLooseSpellingOfTheTown() {
        Document d = GeoparserFixture.parse("Students Babak Tabrizi and Omid Rahimi were arrested in Iran.");
        assertThat(ids(d)).doesNotContain(TABRIZ);
        Document alone = GeoparserFixture.parse("Iranian courts sentenced Tabrizi to six years.");
        assertThat(ids(alone)).doesNotContain(TABRIZ);
    }

    @Test
    void aBuildingNamedForATownIsAnOrganisationName() {
        Document d = GeoparserFixture.parse("In the United States, crowds gathered outside the Westwood Federal Building in Los Angeles.");
        assertThat(ids(d)).doesNotContain(WESTWOOD_MASSACHUSETTS);
    }

    @Test
    void iranianKurdistanIsARegionNotTheProvince() {
        Document d = GeoparserFixture.parse("Hundreds were arrested in Iranian Kurdistan last week.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Kurdistan");
        assertThat(d.unresolved()).extracting(u -> u.surface()).contains("Iranian Kurdistan");
    }

    @Test
    void aCapitalThatIsAlsoAStateIsAListMemberNotAQualifier() {
        Document d = GeoparserFixture.parse("Iranians rallied in Berlin, London, Toronto, Vancouver, Washington and Sydney.");
        assertThat(ids(d)).doesNotContain(VANCOUVER_WASHINGTON);
    }

    @Test
    void aPluralCueAnnouncesEveryNameJoinedToItsFirst() {
        Document d = GeoparserFixture.parse("Air strikes hit the southern towns of Nabatieh and Tyre in Lebanon.");
        assertThat(ids(d)).contains(TYRE);
    }

    @Test
    void aCountryBeforeASurnameTheTextRepeatsIsAGivenName() {
        Document d = GeoparserFixture.parse("Jordan Bardella, the party's president, spoke in Paris on Sunday. "
                + "Later, Bardella said the count was unfair, and supporters cheered Bardella.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Jordan").contains("Paris");
    }

    @Test
    void aCountryBeforeACommonNounStaysACountry() {
        Document d = GeoparserFixture.parse("Iran Teachers held rallies. The teachers of Iran Teachers said they would strike.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Iran");
    }

    @Test
    void aNameWithAQualifierIsATownNotAProvinceAbroad() {
        Document d = GeoparserFixture.parse("Demonstrations spread to Portland, Oregon.");
        assertThat(ids(d)).contains(PORTLAND_OREGON);
    }

    @Test
    void reportersInACreditLineArePersonsAndTheirCitiesArePlaces() {
        Document d = GeoparserFixture.parse("Students protested in Tehran.\n\nCharlotte Greenfield reported from "
                + "Islamabad; Victoria Kim in Seoul and Sydney Ember in Washington contributed.");
        assertThat(surfaces(d)).doesNotContain("Charlotte", "Greenfield", "Victoria", "Sydney").contains("Seoul", "Washington");
    }

    @Test
    void aCapitalNamedByItsOwnNameIsNotOutweighedByALargerCitysAlternateName() {
        Document d = GeoparserFixture.parse("Students protested in Tehran and Mashhad, and an exiled activist spoke in Islamabad.");
        assertThat(ids(d)).contains(ISLAMABAD);
    }

    @Test
    void anAppositionThatCallsANameAPartOfATownKeepsItInThatTownsCountry() {
        Document d = GeoparserFixture.parse("Opposition leader Maria Lopez spoke in Caracas, Venezuela, from a truck in "
                + "Las Mercedes, an eastern Caracas neighbourhood. Crowds also gathered in Mexico City and Monterrey, Mexico.");
        assertThat(ids(d)).doesNotContain(LAS_MERCEDES_MEXICO);
    }

    @Test
    void aTallyOfPlacesWithBracketedCountsIsAListNotPersonsWithAges() {
        Document d = GeoparserFixture.parse("The injured came from Kisumu (4), Nakuru (2), Eldoret (6) and Thika (1), "
                + "and the detained from Tehran (9), Karaj (3) and Tabriz (2).");
        assertThat(ids(d)).contains(KISUMU, NAKURU, KARAJ, TABRIZ);
    }

    @Test
    void surnamesWithAgesInBracketsStayPersonsEvenListed() {
        Document d = GeoparserFixture.parse("Those killed in Zahedan included Ahmadi (27), Karimi (19), Bandar (21) "
                + "and Molla (30), relatives said.");
        assertThat(surfaces(d)).containsExactly("Zahedan");
    }

    @Test
    void aDemonymInAppositionNamesTheTownsCountry() {
        Document d = GeoparserFixture.parse("Troops were sent to the Lebanese city of Tripoli after a night of clashes.");
        assertThat(ids(d)).containsExactly(TRIPOLI_LEBANON);
        Document libya = GeoparserFixture.parse("Militias clashed in Tripoli as Lebanese diplomats left Libya.");
        assertThat(ids(libya)).containsExactly(TRIPOLI_LIBYA);
        // a demonym alone does not pick a hamlet of its country (Tripoli, Iowa) nor spread to the repeats
        Document hamlet = GeoparserFixture.parse("American reporters in Tripoli said militias clashed near the "
                + "port of Tripoli.");
        assertThat(ids(hamlet)).containsOnly(TRIPOLI_LIBYA);
    }

    @Test
    void aNameBeforeNewsAgencyNamesTheMediumNotTheProvince() {
        Document d = GeoparserFixture.parse("The semi-official Fars news agency said 12 people were held in Shiraz.");
        assertThat(surfaces(d)).containsExactly("Shiraz");
    }

    @Test
    void aNameThatAnAppositiveCallsANewsAgencyNamesTheMedium() {
        Document d = GeoparserFixture.parse("One man was hanged in Shiraz, reported Fars, a state-run news agency.");
        assertThat(surfaces(d)).containsExactly("Shiraz");
        Document province = GeoparserFixture.parse("One man was hanged in Shiraz, the capital of Fars, a southern province.");
        assertThat(surfaces(province)).contains("Shiraz", "Fars");
    }

    @Test
    void aSquareAfterAndIsASecondPlaceNotAnOrganisationHoldingTheTown() {
        Document d = GeoparserFixture.parse("Crowds filled Vanak Square in Tehran and Haft-e Tir Square on Friday.");
        assertThat(ids(d)).containsExactly(TEHRAN);
        Document org = GeoparserFixture.parse("The Tehran and Suburbs Bus Company Workers' Union called a strike.");
        assertThat(ids(org)).doesNotContain(TEHRAN);
    }

    @Test
    void aCountryAliasThatIsItsDemonymIsAnAdjectiveBeforeANoun() {
        Document d = GeoparserFixture.parse("Refugees crossed the Thai border near Mae Sot, and Thai police held 20 of them.");
        assertThat(d.places()).extracting(PlaceMention::kind).doesNotContain(PlaceKind.COUNTRY);
        Document country = GeoparserFixture.parse("Thailand closed the crossing, and the Vatican said it was concerned.");
        assertThat(surfaces(country)).contains("Thailand", "Vatican");
    }

    @Test
    void theStateOfANameIsAProvince() {
        Document d = GeoparserFixture.parse("A student died in the state of Merida, Venezuela, on Tuesday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Merida"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aWordInsideAPrisonsNameIsNoTownAndTheTownBeforeItStays() {
        Document d = GeoparserFixture.parse("Inmates of Karaj Qezel Hesar Prison began a hunger strike; two were "
                + "moved to Ghezel Hesar Prison and Shiraz Adelabad Prison.");
        assertThat(ids(d)).contains(KARAJ, SHIRAZ).doesNotContain(HISAR_INDIA);
    }
}
