package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Persons written like towns (name particles, titles before a name), names with an apostrophe
 * inside and Persian-script texts. Sentences of our own.
 */
class NamesAndScriptsGeoparserTest {
    static final long WAVRE = 2783941;
    static final long BANDAR_IMAM_KHOMEINI = 8521444;
    static final long BRAY = 2654853;
    static final long SHUSH = 114593;
    static final long KARAJ = 128747;
    static final long TAIZ = 70225;
    static final long SANAA = 71137;
    static final long MAARRAT_AL_NUMAN = 167611;


    @Test
    void aNameAfterAParticleIsASurname() {
        Document d = GeoparserFixture.parse("Belgian Prime Minister Bart De Wever condemned the violence in Brussels.");
        assertThat(ids(d)).doesNotContain(WAVRE);
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Brussels");
    }

    @Test
    void aPlaceNamedWithATitleBeforeAnInstitutionIsNamedAfterAPerson() {
        Document d = GeoparserFixture.parse("Nurses at Imam Khomeini Hospital in Tehran held a rally on Tuesday.");
        assertThat(ids(d)).doesNotContain(BANDAR_IMAM_KHOMEINI);
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Tehran");
    }

    @Test
    void aPersianTextNamesIranianTownsByTheirOwnNamesAndItsFunctionWordsAreNoTowns() {
        // "workers in Shush went on strike for the third day; a prisoner was executed in Ghezel Hesar prison in Karaj"
        Document d = GeoparserFixture.parse("کارگران در تهران و شوش برای سومین روز دست به اعتصاب زدند. "
                + "یک زندانی در زندان قزل\u200cحصار کرج اعدام شد.");
        assertThat(ids(d)).contains(SHUSH, KARAJ).doesNotContain(BRAY);
    }

    @Test
    void aNameWithAnApostropheInsideEndsAfterItsLowerCaseRest() {
        Document d = GeoparserFixture.parse("Medics in Ta'izz and Sana'a treated the wounded; shelling hit Ma’arrat "
                + "al-Nu’man. Yemen's and Syria's officials said nothing.");
        assertThat(ids(d)).contains(TAIZ, SANAA, MAARRAT_AL_NUMAN);
    }
}
