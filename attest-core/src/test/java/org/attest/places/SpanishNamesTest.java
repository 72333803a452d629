package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Spanish and Portuguese personal names are no towns: a common given name of those languages
 * before a surname, and the second of two surnames after a given name or a role, alone later.
 * Invented sentences.
 */
class SpanishNamesTest {
    @Test
    void aSpanishGivenNameMakesTheNextWordASurname() {
        Document d = GeoparserFixture.parse("In Bolivia, farmers blocked roads near Cochabamba on Monday. "
                + "Joaquín Rocha, a union leader, said the blockade would go on. Rocha was held on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Rocha").contains("Cochabamba");
    }

    @Test
    void theSecondSurnameAfterAGivenNameIsNoTown() {
        Document d = GeoparserFixture.parse("In Mexico, police in Puebla found the body of Javier Ortega Maldonado "
                + "on Sunday. Maldonado had reported on local gangs.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Maldonado").contains("Puebla");
    }

    @Test
    void theSecondSurnameAfterARoleIsNoTown() {
        Document d = GeoparserFixture.parse("In Mexico, gunmen shot dead activist Evelia Martínez Corral in Puebla "
                + "on Friday. Friends of Martínez marched on Saturday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Martínez").contains("Puebla");
    }

    @Test
    void aProvinceAfterAPersonsNameIsStillTheProvince() {
        Document d = GeoparserFixture.parse("In Peru, Pedro Castillo Ayacucho supporters rallied, and later "
                + "protesters marched in Ayacucho on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Ayacucho");
    }

    @Test
    void aProvinceNamedMiddleSurnameAfterARoleIsNoPlace() {
        Document d = GeoparserFixture.parse("In Mexico, gunmen killed reporter Sonia Maldonado Ruiz in Puebla on Friday. "
                + "Colleagues of Maldonado marched on Saturday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Maldonado").contains("Puebla");
    }

    @Test
    void aPhotojournalistOpensAName() {
        Document d = GeoparserFixture.parse("In Mexico, police in Puebla said on Friday that Photojournalist "
                + "Rigoberto Martínez had been shot. Martínez covered crime.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Martínez").contains("Puebla");
    }
}
