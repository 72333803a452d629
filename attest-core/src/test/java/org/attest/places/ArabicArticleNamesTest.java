package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/** Names the gazetteer lacks that open or go on with a lower-case Arabic article ("al-Velmariya"). */
class ArabicArticleNamesTest {
    @Test
    void aNameOpenedByAnArticleAfterATownCueIsAPlace() {
        Document d = GeoparserFixture.parse("Two men were shot dead in the village of al-Velmariya on Monday night.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("al-Velmariya");
    }

    @Test
    void theArticleKeepsTheWholeNameAfterTheCue() {
        Document d = GeoparserFixture.parse("Police raided homes in the village of Kafr al-Dornavelli at dawn.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Kafr al-Dornavelli");
    }

    @Test
    void anArticleInsideAListMemberKeepsTheMemberWhole() {
        Document d = GeoparserFixture.parse("Protesters blocked roads in Riffa, Muharraq, Sitra, Kafr al-Dornavelli "
                + "and other villages on Friday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Kafr al-Dornavelli");
    }

    @Test
    void aPersonsSurnameAfterNoCueIsNoPlace() {
        Document d = GeoparserFixture.parse("The court sentenced Hassan al-Dornavelli, 30, to ten years on Sunday.");
        assertThat(d.unresolved()).isEmpty();
    }
}
