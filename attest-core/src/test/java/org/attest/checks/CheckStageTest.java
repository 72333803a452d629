package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.checks.ChecksFixture.checks;
import static org.attest.checks.ChecksFixture.run;

import java.util.List;
import java.util.Map;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** The within-document checks over invented reports run through the whole pipeline. */
class CheckStageTest {
    private static final String LIST_WITH_CUE = "Rallies were held in more than 40 cities on 12 March 2022, organisers said. "
            + "Crowds gathered in cities such as Karaj, Tabriz, Shiraz, Rasht, Qom and Yazd.";

    @Test
    @SuppressWarnings("unchecked")
    void claimedVsListedStatesCountsProvincesAndPartialWording() {
        Document doc = run(LIST_WITH_CUE);
        List<Check> found = checks(doc, "claimed_vs_listed");
        assertThat(found).hasSize(1);
        Map<String, Object> f = found.get(0).figures();
        assertThat(f).containsEntry("claimed", 40L).containsEntry("qualifier", "more_than")
                .containsEntry("listed_total", 6).containsEntry("listed_unique", 6)
                .containsEntry("provinces_listed", 6).containsEntry("provinces_total", 31)
                .containsEntry("country", "IR").containsEntry("share", 0.15)
                .containsEntry("partial_wording", List.of("such as"));
        assertThat((List<Object>) f.get("provinces_not_listed")).hasSize(25).contains("Tehran").doesNotContain("Fars");
        assertThat(found.get(0).message()).contains("6 distinct places", "6 of Iran's 31 provinces", "15% of the claim",
                "'such as'");
        assertThat(found.get(0).evidence()).extracting(s -> s.of(doc.text()))
                .containsExactly("more than 40 cities", "Karaj, Tabriz, Shiraz, Rasht, Qom and Yazd");
    }

    @Test
    void aListWithoutPartialWordingSaysSo() {
        Document doc = run("Protests took place in 5 cities on 3 May 2022: Karaj, Tabriz, Shiraz, Rasht and Qom.");
        Check c = checks(doc, "claimed_vs_listed").get(0);
        assertThat(c.figures()).containsEntry("partial_wording", List.of()).containsEntry("share", 1.0);
        assertThat(c.message()).contains("no wording before the list marks it as partial", "100% of the claim");
    }

    @Test
    void aProvinceCountIsSetAgainstTheProvincesListed() {
        Document doc = run("Strikes were reported in 20 provinces on 3 May 2022, in Karaj, Tabriz, Shiraz and Rasht.");
        Check c = checks(doc, "claimed_vs_listed").get(0);
        assertThat(c.figures()).containsEntry("counts", "provinces").containsEntry("provinces_listed", 4)
                .containsEntry("share", 0.2);
    }

    @Test
    void aClaimWithoutAListOrAListWithoutAClaimIsNoFinding() {
        assertThat(run("Rallies were held in more than 40 cities on 12 March 2022, organisers said.").checks()).isEmpty();
        assertThat(run("Crowds gathered in Karaj, Tabriz, Shiraz and Rasht on 12 March 2022.").checks()).isEmpty();
    }

    @Test
    void repeatedNamesCountsEachPlaceOnceAfterResolvingSpellings() {
        Document doc = run("Rallies were held in Karaj, Tabriz, Esfahan, Shiraz, Karaj and Isfahan on 4 April 2022.");
        List<Check> found = checks(doc, "repeated_names");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).figures()).containsEntry("listed_total", 6).containsEntry("listed_unique", 4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> repeated = (List<Map<String, Object>>) found.get(0).figures().get("repeated");
        assertThat(repeated).extracting(r -> r.get("name")).containsExactly("Karaj", "Isfahan");
        assertThat(repeated.get(1)).containsEntry("times", 2).containsEntry("spellings", List.of("Esfahan", "Isfahan"));
        assertThat(found.get(0).message()).contains("Isfahan 2 times (as Esfahan, Isfahan)");
    }

    @Test
    void aListOfDistinctPlacesHasNoRepeatedNames() {
        assertThat(checks(run(LIST_WITH_CUE), "repeated_names")).isEmpty();
    }

    @Test
    void theSameCountStatedTwiceWithDifferentValuesIsInconsistent() {
        Document doc = run("Witnesses said about 300 protesters were arrested in Tabriz on 12 March 2022. "
                + "Later the group said 450 protesters were arrested in Tabriz on 12 March 2022.");
        List<Check> found = checks(doc, "internal_mismatch");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).figures()).containsEntry("relation", "inconsistent").containsEntry("unit", "people")
                .containsEntry("event_type", "arrest");
        assertThat(found.get(0).evidence()).extracting(s -> s.of(doc.text()))
                .containsExactly("about 300 protesters", "450 protesters");
    }

    @Test
    void differentValuesThatTheirQualifiersReconcileAreConsistent() {
        Document doc = run("Witnesses said over 300 protesters were arrested in Tabriz on 12 March 2022. "
                + "Later the group said 450 protesters were arrested in Tabriz on 12 March 2022.");
        assertThat(checks(doc, "internal_mismatch")).singleElement()
                .satisfies(c -> assertThat(c.figures()).containsEntry("relation", "consistent"));
    }

    @Test
    void countsOfOtherEventsOrPlacesOrRepeatedValuesAreNoMismatch() {
        assertThat(checks(run("About 300 protesters were arrested in Tabriz on 12 March 2022. "
                + "Police said 450 protesters were arrested in Shiraz on 12 March 2022."), "internal_mismatch")).isEmpty();
        assertThat(checks(run("About 300 protesters were arrested in Tabriz on 12 March 2022. "
                + "Police confirmed about 300 protesters were arrested in Tabriz on 12 March 2022."), "internal_mismatch"))
                .isEmpty();
    }

    @Test
    void partsBelowTheirTotalAreStatedAsSuch() {
        Document doc = run("Security forces killed at least 20 people on 12 March 2022. "
                + "Twelve people were killed in Zahedan, five in Mashhad and two in Isfahan.");
        Check c = checks(doc, "arithmetic").get(0);
        assertThat(c.figures()).containsEntry("parts_sum", 19L).containsEntry("relation", "parts_below_total")
                .containsEntry("parts", List.of(12L, 5L, 2L));
        assertThat(c.evidence()).extracting(s -> s.of(doc.text())).containsExactly("at least 20 people", "Twelve people",
                "five", "two");
        assertThat(checks(doc, "internal_mismatch")).as("a part is not a restatement of its total").isEmpty();
    }

    @Test
    void partsThatAddUpOrExceedTheTotal() {
        assertThat(checks(run("Security forces killed 19 people on 12 March 2022. "
                + "Twelve people were killed in Zahedan, five in Mashhad and two in Isfahan."), "arithmetic"))
                .singleElement().satisfies(c -> assertThat(c.figures()).containsEntry("relation", "adds_up"));
        assertThat(checks(run("Security forces killed 15 people on 12 March 2022. "
                + "Twelve people were killed in Zahedan, five in Mashhad and two in Isfahan."), "arithmetic"))
                .singleElement().satisfies(c -> assertThat(c.figures()).containsEntry("relation", "parts_exceed_total"));
    }

    @Test
    void aPercentageIsSetAgainstTheCountsBesideIt() {
        Check differs = checks(run("Turnout was 42 percent, with 24 million of 59 million eligible voters casting ballots."),
                "arithmetic").get(0);
        assertThat(differs.figures()).containsEntry("relation", "differs").containsEntry("computed_percent", 40.68);
        Check matches = checks(run("Turnout was 41 percent, with 24 million of 59 million eligible voters casting ballots."),
                "arithmetic").get(0);
        assertThat(matches.figures()).containsEntry("relation", "matches");
        assertThat(matches.message()).contains("40.7%", "consistent");
    }

    @Test
    void aReportWithNothingToCheckHasNoFindings() {
        Document doc = run("Teachers in Shiraz held a sit-in on 2 May 2022 to demand higher pay. "
                + "About 200 teachers took part, the union said.");
        assertThat(doc.checks()).isEmpty();
        assertThat(doc.issues()).isEmpty();
    }

    @Test
    void everyEvidenceSpanLiesInTheText() {
        Document doc = run(LIST_WITH_CUE + " Security forces killed at least 20 people on 12 March 2022. "
                + "Twelve people were killed in Zahedan, five in Mashhad and two in Isfahan.");
        assertThat(doc.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.evidence())
                .allSatisfy((Span s) -> assertThat(s.end()).isLessThanOrEqualTo(doc.text().length())));
    }
}
