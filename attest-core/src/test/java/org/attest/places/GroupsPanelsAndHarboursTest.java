package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * A name right after a lower-case group word is the group's; "Panel" and "Ambulance" close
 * organisations' names; a companion or partner before a name makes it a person's; a harbour
 * cues a town; an owner's "'s" opens a part's name; "and the" after an organisation's name opens
 * another name. Sentences and names invented.
 */
class GroupsPanelsAndHarboursTest {
    @Test
    void aNameAfterALowerCaseGroupWordIsTheGroups() {
        Document d = GeoparserFixture.parse("The sit-in, called by the student group Hami Velmar, began in Kathmandu, Nepal, on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Hami").contains("Kathmandu");
    }

    @Test
    void aPanelOrAnAmbulanceServiceNamesNoPlace() {
        Document d = GeoparserFixture.parse("Police in Lagos held 11 people. The Lagos State Judicial Panel of Review will sit in Lagos. "
                + "Crews of St John Ambulance treated dozens in Nairobi, Kenya.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE).isEmpty();
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("St John").contains("Lagos", "Nairobi");
    }

    @Test
    void aCompanionBeforeANameMakesItAPerson() {
        Document d = GeoparserFixture.parse("Belarus forced a jet down in Minsk and held the editor Pavel Yurko and his companion Sofia Marek.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Sofia").contains("Minsk");
    }

    @Test
    void theHarbourOfAnUnknownNameIsAPlace() {
        Document d = GeoparserFixture.parse("Farmers blocked the minister's ferry in the harbour of Wendeltorp, Germany, on Thursday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Wendeltorp");
    }

    @Test
    void anOwnersPossessiveOpensThePartsName() {
        Document d = GeoparserFixture.parse("A vendor in Maputo's Chamankulo neighbourhood, who gave only her first name, said she was hungry.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Chamankulo");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Maputo");
    }

    @Test
    void andTheOpensAnotherNameAfterAnOrganisations() {
        Document d = GeoparserFixture.parse("After the shootings in Cali, the African Union and the United States urged calm on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("United States", "Cali");
    }
}
