package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Words that look like places but name a currency, an organisation, a building or a person,
 * with invented sentences.
 */
class NamesThatAreNoPlacesTest {

    private static List<String> surfaces(String text) {
        return GeoparserFixture.parse(text).places().stream().map(PlaceMention::surface).toList();
    }

    @Test
    void aCurrencyCodeIsNoCountry() {
        assertThat(surfaces("Garment workers in Cambodia were promised US$20 a month more."))
                .containsExactly("Cambodia");
    }

    @Test
    void aCountryInAnEmbassysNameIsNoMention() {
        assertThat(surfaces("Protesters rallied at the US Embassy in Manila, Philippines."))
                .doesNotContain("US").contains("Manila");
        assertThat(surfaces("Students marched to the United States (US) Embassy in Manila on Friday."))
                .containsExactly("Manila");
    }

    @Test
    void aCountrysDepartmentIsNoMentionOfItNorAMinistryATown() {
        assertThat(surfaces("Lawyers in Lima said the United States (US) State Department had written to Peru."))
                .containsExactly("Lima", "Peru");
        assertThat(surfaces("A lawyer in Lima said the US Department of Justice had written to Peru."))
                .containsExactly("Lima", "Peru");
        assertThat(surfaces("Agents of the Kerman Intelligence Department detained two teachers in Iran."))
                .contains("Kerman", "Iran");
    }

    @Test
    void aCountryAfterThePartysAcronymEndsThePartysName() {
        assertThat(surfaces("Police detained Hari Lama, the leader of the XYZ Nepal, in Kathmandu."))
                .containsExactly("Kathmandu");
        assertThat(surfaces("Talks between the UK and Nepal resumed in Kathmandu."))
                .contains("UK", "Nepal", "Kathmandu");
    }

    @Test
    void aCountryBeforeAnIsmIsAnAdjective() {
        assertThat(surfaces("Students in Manila, Philippines, marched against US imperialism on Friday."))
                .containsExactly("Manila", "Philippines");
        assertThat(surfaces("Students in Manila marched from the Philippines to the US on Friday."))
                .contains("US");
    }

    @Test
    void aCountryBeforeAndAnotherOrganisationStays() {
        assertThat(surfaces("The United States and European Union condemned the verdicts handed down in Egypt."))
                .contains("United States", "Egypt");
    }

    @Test
    void aTownAbroadThatOpensABuildingsNameIsNoTown() {
        assertThat(surfaces("Two protesters died at Viedma Hospital in Cochabamba, Bolivia."))
                .doesNotContain("Viedma").contains("Cochabamba");
        assertThat(surfaces("A student fell from the San Roque Bridge in Quito, Ecuador."))
                .doesNotContain("San Roque").contains("Quito");
        assertThat(surfaces("Police dispersed worshippers outside the Notre Dame of Douala cathedral in Cameroon."))
                .doesNotContain("Notre Dame").contains("Douala");
    }

    @Test
    void aProvincesNameInsideAPersonsNameIsNoPlace() {
        assertThat(surfaces("Rights groups in Ecuador named Luis Alberto Oto Rivera among the dead."))
                .containsExactly("Ecuador");
        assertThat(surfaces("Police in Nicaragua questioned the mother of José Adán Pérez in Managua."))
                .doesNotContain("Adán").contains("Managua");
        assertThat(surfaces("Mayor Tom Sila said the strike must end.")).isEmpty();
    }

    @Test
    void aWordOfDirectionBeforeAProvinceIsNoGivenName() {
        assertThat(surfaces("Fighters withdrew from West Tigray and Amhara on Monday.")).contains("Tigray", "Amhara");
    }

    @Test
    void saudiBeforeALowerCaseWordIsTheAdjective() {
        assertThat(surfaces("Protesters in Bahrain were dispersed by Saudi troops and Saudi-backed police."))
                .containsExactly("Bahrain");
    }

    @Test
    void aFrenchDemonymIsNoLooseSpellingOfItsTown() {
        assertThat(surfaces("Protests in Mali went on. No clash was reported between Bamakois and the police in Bamako."))
                .doesNotContain("Bamakois").contains("Bamako");
    }
}
