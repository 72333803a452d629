package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Two words written apart that are one town's name ("Khorram Abad" for Khorramabad), a headline's
 * title case that joins none ("Tries To"), and a dateline in capitals before a day-month date
 * ("ROME, 3 March 2025 -"), an Arabic article a loose spelling leaves out ("Umm el-Qasr"), with
 * invented sentences.
 */
class JoinedNamesAndDatelinesTest {
    private static List<PlaceMention> named(Document d, String surface) {
        return d.places().stream().filter(p -> p.surface().equals(surface)).toList();
    }

    @Test
    void twoWordsWrittenApartAreTheTownTheyNameTogether() {
        Document d = GeoparserFixture.parse("Bazaar merchants in Khorram Abad and Najaf Abad shut their shops on "
                + "Sunday, Iranian media reported.");
        assertThat(named(d, "Khorram Abad")).isNotEmpty().allSatisfy(p -> assertThat(p.name()).isEqualTo("Khorramabad"));
        assertThat(named(d, "Najaf Abad")).isNotEmpty().allSatisfy(p -> assertThat(p.name()).isEqualTo("Najafabad"));
        assertThat(named(d, "Najaf")).isEmpty();
    }

    @Test
    void aHeadlinesTitleCaseJoinsNoWords() {
        Document d = GeoparserFixture.parse("Mayor Tries To Calm Angry Crowd\n\nThe mayor spoke to protesters in Lyon.");
        assertThat(d.places()).noneMatch(p -> p.surface().startsWith("Tries"));
    }

    @Test
    void aCapitalisedDatelineBeforeADayAndMonthIsATown() {
        Document d = GeoparserFixture.parse("ROME, 3 March 2025 - Thousands of teachers marched through the "
                + "capital on Monday.");
        assertThat(named(d, "ROME")).isNotEmpty().allSatisfy(p -> assertThat(p.country()).isEqualTo("IT"));
    }

    @Test
    void anArabicArticleInsideANameIsLeftOutOfItsLooseSpelling() {
        Document d = GeoparserFixture.parse("Dock workers at Umm el-Qasr walked out on Sunday, Iraqi officials said.");
        assertThat(named(d, "Umm el-Qasr")).isNotEmpty().allSatisfy(p -> assertThat(p.name()).isEqualTo("Umm Qasr"));
    }
}
