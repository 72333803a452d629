package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import java.util.Set;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Round events85 (6 December 2026; invented sentences): a sentence that tells the day's protest
 * again beside a happening of another type (a killing, a shooting, an arrest) keeps the protest as
 * an event of its own, since the protest is the setting the other happening is told in; a sentence
 * that only goes over the protest, or a speaker's words about it, still folds into the first telling.
 */
class RetoldBesideAnotherHappeningTest {

    /** The later sentence states Monday itself: its own date mention, as the dates stage gives it. */
    private static Document afterMarch(String later) {
        return TestDocs.doc().published("2025-05-06")
                .paragraph("Thousands of farmers marched through Dorvana on Monday against the water plan.")
                .paragraph(later)
                .date("Monday", "2025-05-05", DatePrecision.DAY).date("Monday", "2025-05-05", DatePrecision.DAY)
                .place("Dorvana", 9101).build();
    }

    @Test
    void aProtestToldAsTheSettingOfAKillingIsCountedThere() {
        Document d = afterMarch("Four farmers were shot dead on Monday when protesters gathered outside the water board.");
        assertThat(sentencesOf(d, "protest")).hasSize(2);
        assertThat(sentencesOf(d, "killing")).hasSize(1);
    }

    @Test
    void aProtestToldBesideAnArrestIsCountedThere() {
        Document d = afterMarch("Police detained nine farmers on Monday after protesters blocked the main road.");
        assertThat(sentencesOf(d, "protest")).hasSize(2);
        assertThat(sentencesOf(d, "arrest")).hasSize(1);
    }

    @Test
    void aSentenceThatOnlyGoesOverTheProtestTellsItAgain() {
        assertThat(sentencesOf(afterMarch("On Monday, the farmers marched to the water board."), "protest")).hasSize(1);
        // a speaker's words are no second happening: "said" tells a statement beside the protest
        assertThat(sentencesOf(afterMarch("The governor said on Monday that the farmers had marched peacefully."), "protest"))
                .hasSize(1);
    }

    @Test
    void onlyAHappeningOfAnotherTypeThatIsNoStatementKeepsTheRetelling() {
        assertThat(SettingsOfHappenings.toldBeside("protest", Set.of("protest", "killing"))).isTrue();
        assertThat(SettingsOfHappenings.toldBeside("protest", Set.of("protest", "statement", "other"))).isFalse();
        assertThat(SettingsOfHappenings.toldBeside("protest", Set.of("protest"))).isFalse();
    }

    private static Document afterAutumnProtests(String later, String dateText, String dateValue, DatePrecision precision) {
        TestDocs b = TestDocs.doc().published("2025-10-08")
                .paragraph("Thousands of students protested in Dorvana on Tuesday against the new fees.")
                .paragraph(later)
                .date("Tuesday", "2025-10-07", DatePrecision.DAY).place("Dorvana", 9101);
        return dateText == null ? b.build() : b.date(dateText, dateValue, precision).build();
    }

    @Test
    void aCrackdownOnProtestsOfAnotherTimeTellsThoseProtests() {
        Document d = afterAutumnProtests("In March 2019, dozens of people were killed in a crackdown on protests over bread prices.",
                "March 2019", "2019-03", DatePrecision.MONTH);
        assertThat(sentencesOf(d, "protest")).hasSize(2);
        assertThat(sentencesOf(d, "killing")).hasSize(1);
    }

    @Test
    void aCrackdownOnProtestsWithNoTimeOfItsOwnPointsBack() {
        Document d = afterAutumnProtests("Dozens of people were injured in a crackdown on protests, the group said.", null, null, null);
        assertThat(sentencesOf(d, "protest")).hasSize(1);
    }
}
