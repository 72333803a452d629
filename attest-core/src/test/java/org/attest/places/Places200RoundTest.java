package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/** Places round of 7 December 2026 (sets ev200-ev204: newspaper, wire and monitor pages). Sentences of our own. */
class Places200RoundTest {
    static final long HUNTSVILLE_TEXAS = 4699540;
    static final long HUNTSVILLE_ALABAMA = 4068590;
    static final long LONGGANG_SHENZHEN = 1802656;
    static final long LONGGANG_CHONGQING = 1802651;
    static final long GWARZO = 2339756;
    static final long HAKKARI = 318137;
    static final long VAN = 298117;

    @Test
    void aDirectionBeforeACountryNamesAPartOfItNotTheCountry() {
        Document d = GeoparserFixture.parse("Drone strikes were reported in north-east Syria on Sunday, and two "
                + "villages were shelled across northern Iraq a day later.");
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.COUNTRY);
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("north-east Syria", "northern Iraq");
        // a name that opens with the word is one name, and the country alone is still the country
        Document whole = GeoparserFixture.parse("Envoys of South Korea met officials of Syria in Geneva.");
        assertThat(whole.places()).extracting(PlaceMention::surface).contains("South Korea", "Syria");
    }

    @Test
    void aPartOfACountryStillSaysWhatTheTextIsAbout() {
        // the region is no mention of Syria, but Qamishli is read as Syria's, not left unresolved
        Document d = GeoparserFixture.parse("Curfews were imposed in north-east Syria. Shops stayed shut in "
                + "Qamishli on Monday.");
        assertThat(d.places()).extracting(PlaceMention::country).containsExactly("SY");
    }

    @Test
    void aWorldRegionOfFourWordsIsOneRegion() {
        Document d = GeoparserFixture.parse("Teachers marched in the Kurdistan Region of Iraq over unpaid wages.");
        assertThat(d.places()).isEmpty();
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Kurdistan Region of Iraq");
    }

    @Test
    void theCapitalOfANameIsTheProvinceItHeads() {
        Document d = GeoparserFixture.parse("Oil workers struck in Venezuela on Monday. In Maracaibo, the capital of "
                + "Zulia, they blocked the bridge.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Zulia"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aTownsNameBeforeAParticleAndAnUnknownNameIsTheHeadOfALongerName() {
        Document d = GeoparserFixture.parse("Bus drivers in Peru stopped work after a colleague was shot in "
                + "San Juan de Lurigancho, a district of Lima.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("San Juan"));
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("San Juan de Lurigancho");
        // a place after the particle keeps the town: "Santiago de Chile" is Santiago
        Document chile = GeoparserFixture.parse("Students marched in Santiago de Chile on Friday.");
        assertThat(chile.places()).extracting(PlaceMention::country).contains("CL");
    }

    @Test
    void aCommonWordLabellingABulletedItemIsTheTownAtHome() {
        Document d = GeoparserFixture.parse("Weekly digest on Turkey\n- Diyarbakir: Students marched to the "
                + "university on Monday.\n- Van: Police broke up a vigil and held nine people.\n- Note: figures "
                + "are provisional.");
        assertThat(ids(d)).contains(VAN);
        // the same word inside a sentence stays a word
        Document word = GeoparserFixture.parse("In Turkey, police - van after van - arrived at the square.");
        assertThat(ids(word)).doesNotContain(VAN);
    }

    @Test
    void aDatelineNamesTheTownThoughTheProvinceIsCuedElsewhere() {
        Document d = GeoparserFixture.parse("Hakkari, 3 March 2026 - Farmers in Hakkari province in Turkey said "
                + "mines had killed their cattle.");
        assertThat(ids(d)).contains(HAKKARI);
    }

    @Test
    void aProvinceTheSentenceNamesSettlesATownsNamesakes() {
        Document d = GeoparserFixture.parse("Texas put a man to death on Tuesday in the prison at Huntsville.");
        assertThat(ids(d)).contains(HUNTSVILLE_TEXAS).doesNotContain(HUNTSVILLE_ALABAMA);
    }

    @Test
    void aDistrictAfterATownsPossessiveIsThatTownsDistrict() {
        Document d = GeoparserFixture.parse("Factory workers in China held a sit-in in Shenzhen's Longgang district.");
        assertThat(ids(d)).contains(LONGGANG_SHENZHEN).doesNotContain(LONGGANG_CHONGQING);
    }

    @Test
    void aSurnameWithATownCueIsTheTown() {
        Document d = GeoparserFixture.parse("A court in Kano, Nigeria, jailed the singer Musa Gwarzo. A crowd had "
                + "gathered outside his home in Gwarzo town.");
        assertThat(ids(d)).contains(GWARZO);
    }
}
