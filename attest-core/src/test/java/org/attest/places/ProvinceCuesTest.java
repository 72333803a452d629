package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Provinces named by the words countries use for them, with invented sentences: "the regions of
 * A, B and C", "the department of A", "A and B states", "A oblast"; first-order divisions by
 * GeoNames' English names ("East Java", "Western Province" of Sri Lanka); a word of direction
 * joined to a town ("Kandy North") is part of the town's name; a province cue by the name of a
 * town that no first-order division bears names a lower division of that town's province.
 */
class ProvinceCuesTest {
    private static List<PlaceMention> named(Document d, String surface) {
        return d.places().stream().filter(p -> p.surface().equals(surface)).toList();
    }

    private static void assertProvince(Document d, String surface, String country, String admin1) {
        assertThat(named(d, surface)).as(surface).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
            assertThat(p.country()).isEqualTo(country);
            assertThat(p.admin1()).isEqualTo(admin1);
        });
    }

    @Test
    void aPluralCueBeforeAListMakesEveryMemberAProvince() {
        Document d = GeoparserFixture.parse(
                "Farmers blocked roads in the regions of Arequipa, Tacna and Moquegua on Monday, Peruvian officials said.");
        assertProvince(d, "Arequipa", "PE", "Arequipa");
        assertProvince(d, "Tacna", "PE", "Tacna");
        assertProvince(d, "Moquegua", "PE", "Moquegua");
    }

    @Test
    void departmentNamesAProvinceBeforeOrAfterTheName() {
        Document d = GeoparserFixture.parse("In Colombia, truckers blocked highways in the department of Santander "
                + "and cattle ranchers protested in Meta department.");
        assertProvince(d, "Santander", "CO", "Santander");
        assertProvince(d, "Meta", "CO", "Meta");
    }

    @Test
    void aPluralCueAfterTwoNamesMakesBothProvinces() {
        Document d = GeoparserFixture.parse("In Nigeria, traders shut markets in Kano and Kaduna states on Tuesday.");
        assertProvince(d, "Kano", "NG", "Kano");
        assertProvince(d, "Kaduna", "NG", "Kaduna");
    }

    @Test
    void indonesianProvincesGoByTheirEnglishNames() {
        Document d = GeoparserFixture.parse("Students rallied in East Java and North Sulawesi, Indonesian police said.");
        assertProvince(d, "East Java", "ID", "East Java");
        assertProvince(d, "North Sulawesi", "ID", "North Sulawesi");
    }

    @Test
    void westernProvinceIsTheOneOfTheCountryTheTextIsAbout() {
        Document d = GeoparserFixture.parse(
                "In Sri Lanka, the curfew in the Western Province and the Southern Province was lifted at dawn.");
        assertProvince(d, "Western", "LK", "Western");
        assertProvince(d, "Southern", "LK", "Southern");
    }

    @Test
    void malawisNorthernRegionIsTheRegionOfTheCountryTheTextIsAbout() {
        // MW.N was named after one district (Rumphi) before: the region was found nowhere
        Document d = GeoparserFixture.parse("Floods cut the road between Mzuzu and Karonga in Malawi's Northern Region "
                + "on Sunday, officials said.");
        assertProvince(d, "Northern Region", "MW", "Northern Region");
        Document uganda = GeoparserFixture.parse("In Uganda, teachers went on strike across the Eastern Region.");
        assertProvince(uganda, "Eastern Region", "UG", "Eastern Region");
    }

    @Test
    void aNameBeforeOblastIsTheProvinceEvenWhereACityHasIt() {
        Document d = GeoparserFixture.parse("Drones struck Lviv oblast overnight, Ukrainian officials said.");
        assertProvince(d, "Lviv", "UA", "Lviv");
    }

    @Test
    void aWordOfDirectionJoinedToATownIsPartOfItsName() {
        Document d = GeoparserFixture.parse(
                "In Sri Lanka, police lifted the curfew in Kandy North, Kandy South and Galle Central on Friday.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("North") || p.surface().equals("South")
                || p.surface().equals("Central"));
        assertThat(named(d, "Kandy")).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isEqualTo(PlaceKind.CITY));
    }

    @Test
    void aProvinceCueByATownsNameNamesALowerDivision() {
        Document d = GeoparserFixture.parse(
                "In Peru, roadblocks were reported in the provinces of Huanta and Cangallo on Wednesday.");
        assertProvince(d, "Huanta", "PE", "Ayacucho");
        assertProvince(d, "Cangallo", "PE", "Ayacucho");
        assertThat(named(d, "Huanta")).allSatisfy(p -> assertThat(p.geonameid()).isNull());
        Document regency = GeoparserFixture.parse("In Indonesia, workers blocked a toll road in Karawang regency.");
        assertProvince(regency, "Karawang", "ID", "West Java");
    }

    @Test
    void aProvinceNamedWithItsCueIsTheProvinceAgainWithoutIt() {
        Document d = GeoparserFixture.parse("In Colombia, farmers blocked roads in the department of Boyaca on Monday. "
                + "Police said two officers were hurt near Tunja in Boyaca.");
        assertProvince(d, "Boyaca", "CO", "Boyacá");
        Document seat = GeoparserFixture.parse("In Nigeria, youths marched across Kano state. Shops in Kano stayed shut.");
        assertThat(named(seat, "Kano")).extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE, PlaceKind.CITY);
    }

    @Test
    void aNameAfterAProvinceCueIsAProvinceSlipOrAnUnknownPlace() {
        Document d = GeoparserFixture.parse("In Peru, farmers blocked roads in the department of Ayacuho on Monday "
                + "and in the region of Zorvantu, while the Department of Justice said nothing.");
        assertProvince(d, "Ayacuho", "PE", "Ayacucho");
        assertThat(d.unresolved()).extracting(u -> u.surface()).contains("Zorvantu").doesNotContain("Justice");
    }
}
