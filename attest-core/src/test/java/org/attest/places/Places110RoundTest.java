package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The places110 round: words that GeoNames lists as towns' alternate names but that name no place
 * where they stand: a month of the Persian calendar, a news agency's name after "news agency", and
 * a relative's given name after a possessive and a kinship word. Invented sentences.
 */
class Places110RoundTest {
    @Test
    void aPersianMonthIsNoTown() {
        Document d = GeoparserFixture.parse("Rights groups said four men were hanged in Shiraz prison in Mehr, "
                + "and that two more were hanged in Isfahan during Bahman.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Mehr", "Bahman")
                .contains("Shiraz", "Isfahan");
    }

    @Test
    void theNameAfterNewsAgencyIsTheAgencys() {
        Document d = GeoparserFixture.parse("Fighting went on near Aden in Yemen, and the state news agency SANA "
                + "said an inquiry had begun.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("SANA").contains("Aden");
    }

    @Test
    void aRelativeAfterAPossessiveIsAPerson() {
        Document d = GeoparserFixture.parse("Agents detained a retired teacher in Shiraz, Iran, along with his "
                + "daughter Nava, a student at the university there.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Nava").contains("Shiraz");
    }

    @Test
    void aProvinceNamedLikeItsSeatAmongTwoProvincesIsTheProvince() {
        Document d = GeoparserFixture.parse("Border guards shot at porters in Kurdistan, Kermanshah and West "
                + "Azerbaijan last winter, a monitor said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kermanshah")).extracting(PlaceMention::kind)
                .containsOnly(org.attest.model.PlaceKind.PROVINCE);
    }

    @Test
    void aTownTheReportAlreadyNamedKeepsItsReadingAmongTwoProvinces() {
        Document d = GeoparserFixture.parse("Shopkeepers closed their stores in Kermanshah on Monday. By Friday the "
                + "strike had spread to traders from Kermanshah, Ilam and Lorestan, a union said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kermanshah")).extracting(PlaceMention::kind)
                .containsOnly(org.attest.model.PlaceKind.CITY);
    }
}
