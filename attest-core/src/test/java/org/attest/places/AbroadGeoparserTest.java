package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Reports about countries other than Iran: names that towns of several countries share,
 * divisions that are called counties, towns abroad that a demonym vouches for. Sentences of our own.
 */
class AbroadGeoparserTest {
    static final long TRIPOLI_LEBANON = 266826;
    static final long TRIPOLI_LIBYA = 2210247;
    static final long KIAMBU_TOWN = 192710;
    static final long SHIRAZ = 115019;
    static final long KOBANI = 172256;
    static final long VAN_TURKEY = 298117;
    static final long AMARAH = 99608;
    static final long KARBALA = 94824;
    static final long DARAA = 170905;
    static final long DARA_SENEGAL = 2253277;

    @Test
    void aNameTownsOfTwoCountriesShareDoesNotOutvoteTheOtherTownsOfTheText() {
        Document d = GeoparserFixture.parse("Youths burned tyres in Tripoli overnight. Crowds in Tripoli and Beirut "
                + "blocked roads, and the army sent troops to Tripoli.");
        assertThat(ids(d)).contains(TRIPOLI_LEBANON).doesNotContain(TRIPOLI_LIBYA);
        Document noCountry = GeoparserFixture.parse("Lebanese protesters threw stones at the army. In Tripoli, riot "
                + "police fired tear gas, and the clashes in Tripoli went on until dawn.");
        assertThat(ids(noCountry)).containsOnly(TRIPOLI_LEBANON);
        Document libya = GeoparserFixture.parse("Militias exchanged fire in Tripoli and Benghazi, and Tripoli airport closed.");
        assertThat(ids(libya)).contains(TRIPOLI_LIBYA).doesNotContain(TRIPOLI_LEBANON);
    }

    @Test
    void aCountyIsAProvinceWhereCountiesAreTheFirstDivision() {
        Document d = GeoparserFixture.parse("Police shot two protesters in Kiambu County on Monday, Kenyan rights groups said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kiambu"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
        Document town = GeoparserFixture.parse("Police shot two protesters in Kiambu town on Monday, Kenyan rights groups said.");
        assertThat(ids(town)).containsExactly(KIAMBU_TOWN);
        // an Iranian county is the district of its town, which is what the writer means
        Document iran = GeoparserFixture.parse("Farmers rallied in Shiraz County against the water transfer.");
        assertThat(ids(iran)).containsExactly(SHIRAZ);
    }

    @Test
    void aDemonymInAppositionVouchesForATownAbroad() {
        Document d = GeoparserFixture.parse("Kurds across Turkey protested as jihadists entered the Syrian town of Kobani.");
        assertThat(ids(d)).containsExactly(KOBANI);
        // a cue alone does not: a small town abroad of a text about Turkey is then left out
        Document bare = GeoparserFixture.parse("Kurds across Turkey protested as jihadists entered the town of Kobani.");
        assertThat(ids(bare)).doesNotContain(KOBANI);
    }

    @Test
    void aCommonWordCapitalisedAfterInOrBeforeAnOrganisationIsTheTownOfTheTextsCountry() {
        Document d = GeoparserFixture.parse("Turkish police detained 40 people in Van on Sunday, and the Van Bar "
                + "Association said 12 of them were minors. Turkey's interior ministry did not comment.");
        assertThat(ids(d)).containsExactly(VAN_TURKEY, VAN_TURKEY);
        // lower case, or a text about another country, leaves the word a word
        Document word = GeoparserFixture.parse("Turkish police stopped a van carrying protesters in Istanbul, Turkey.");
        assertThat(ids(word)).doesNotContain(VAN_TURKEY);
        Document abroad = GeoparserFixture.parse("French police held 40 activists in Paris, France, and the Van Leer "
                + "Foundation condemned the arrests.");
        assertThat(ids(abroad)).doesNotContain(VAN_TURKEY);
    }

    @Test
    void aProvinceAliasAbroadLeavesTheNameToItsTowns() {
        // "Amara" is also an alias of Ethiopia's Amhara region: in a report about Iraq the city is meant
        Document d = GeoparserFixture.parse("Protests spread to Amara and Karbala in southern Iraq on Friday, activists said.");
        assertThat(ids(d)).contains(AMARAH, KARBALA);
        Document ethiopia = GeoparserFixture.parse("Fighting spread across Amara and Tigray, Ethiopia's federal police said.");
        assertThat(ethiopia.places()).filteredOn(p -> p.surface().equals("Amara"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aStateNamedWithALowerCaseStateIsTheProvince() {
        Document d = GeoparserFixture.parse("Fighting in Myanmar's Kayin state forced 3,000 people across the border.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE)
                .extracting(PlaceMention::name).containsExactly("Kayin"); // the table's "Kayin State", as GeoNames names it
        // a bare name this short is a word of its own: "Chin" is no province without its "State"
        Document chin = GeoparserFixture.parse("Refugees from Myanmar said soldiers hit him on the chin and the Chin hills burned.");
        assertThat(chin.places()).extracting(PlaceMention::kind).doesNotContain(PlaceKind.PROVINCE);
    }

    @Test
    void aNameThatGoesOnAfterAnApostropheIsReadWhole() {
        Document d = GeoparserFixture.parse("Crowds marched in Dara'a and Damascus, Syria, on Friday.");
        assertThat(ids(d)).contains(DARAA).doesNotContain(DARA_SENEGAL);
        // a possessive is no part of the name
        Document possessive = GeoparserFixture.parse("Dakar's mayor visited Dara's market in Senegal.");
        assertThat(ids(possessive)).contains(DARA_SENEGAL);
    }

    @Test
    void aDivisionIsNamedWithoutItsArabicArticleToo() {
        Document d = GeoparserFixture.parse("Tribal fighters clashed in Anbar province and in Muthanna, Iraq.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE)
                .extracting(PlaceMention::name).containsExactly("Al Anbar", "Al Muthanna");
        // "An Giang" is a Vietnamese name, not an article before one
        Document vietnam = GeoparserFixture.parse("Farmers from Giang marched in Vietnam's south.");
        assertThat(vietnam.places()).extracting(PlaceMention::kind).doesNotContain(PlaceKind.PROVINCE);
    }

    @Test
    void aQualifierThatNamesTheTownsCountryIsTheCountry() {
        Document d = GeoparserFixture.parse("Police detained eight protesters in Batumi, Georgia, on Sunday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Georgia"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.COUNTRY);
        Document us = GeoparserFixture.parse("Police detained eight protesters in Atlanta, Georgia, on Sunday.");
        assertThat(us.places()).filteredOn(p -> p.surface().equals("Georgia"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void batumiLiesInAdjara() {
        Document d = GeoparserFixture.parse("Police detained eight protesters in Batumi, Georgia, and others in Adjara.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Batumi")).extracting(PlaceMention::admin1)
                .containsExactly("Adjara");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE)
                .extracting(PlaceMention::name).containsExactly("Adjara");
    }
}
