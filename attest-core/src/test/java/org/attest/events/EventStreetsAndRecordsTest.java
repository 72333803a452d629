package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Cases met on wire reports of Iran's provinces, with invented sentences: "taking to streets"
 * without its article is a protest; a person's record of arrests "several times before" is no
 * arrest of the report; the year of "the 2022 protests" after the day of a sentence's news dates no
 * later sentence; "election candidates" are people, no vote; "a rise in executions" is a trend; a
 * turnout announced is the vote's news; an appeal against a death sentence is no new sentence;
 * "previous strikes" are the record before the news.
 * Each rule has a contrast case.
 */
class EventStreetsAndRecordsTest {
    @Test
    void takingToStreetsWithoutTheArticleIsAProtest() {
        assertThat(types("Crowds are taking to streets across the province.")).contains("protest");
        assertThat(types("Fans took to streets to celebrate the win.")).doesNotContain("protest");
    }

    @Test
    void arrestsTimesBeforeAreARecordNotAnEvent() {
        assertThat(types("The teacher has been arrested several times before for his union work.")).doesNotContain("arrest");
        assertThat(types("She had been detained three times in the past.")).doesNotContain("arrest");
        assertThat(types("The teacher was arrested on Thursday for his union work.")).contains("arrest");
    }

    @Test
    void protestsHeldSeveralTimesSinceAMonthAreStillReported() {
        assertThat(types("Farmers have held smaller protests several times since the plan was announced."))
                .contains("protest");
    }

    @Test
    void electionCandidatesArePeopleNotAVote() {
        assertThat(types("Police detained two election candidates in the capital.")).containsExactly("arrest");
        assertThat(types("Police fired tear gas into election candidate meetings in the city.")).doesNotContain("election");
        assertThat(types("The election was held on Sunday across the country.")).contains("election");
    }

    @Test
    void aRiseInExecutionsIsATrend() {
        assertThat(types("Rights groups have documented a sharp rise in executions in the country.")).doesNotContain("execution");
        assertThat(types("A surge in arrests followed the march.")).doesNotContain("arrest");
        assertThat(types("Two men were executed in the city prison on Sunday.")).contains("execution");
    }

    @Test
    void aTurnoutAnnouncedIsTheVotesNews() {
        assertThat(types("The ministry on Monday announced a turnout of 38 percent in last week's elections."))
                .contains("election").doesNotContain("statement");
        assertThat(types("The ministry on Monday announced new restrictions on gatherings.")).contains("statement");
    }

    @Test
    void anAppealAgainstADeathSentenceIsNoNewSentence() {
        assertThat(types("The supreme court accepted a protester's appeal against his death sentence."))
                .doesNotContain("death_sentence");
        assertThat(types("A court sentenced the protester to death on Sunday.")).contains("death_sentence");
    }

    @Test
    void previousStrikesAreTheRecordBeforeTheNews() {
        assertThat(types("Previous strikes have been met with a harsh response, with many teachers detained."))
                .doesNotContain("other", "arrest");
        assertThat(types("Teachers went on strike on Sunday and many were detained.")).contains("other", "arrest");
    }

    @Test
    void aModifierYearAfterTheSentencesDayDatesNoLaterSentence() {
        Document d = TestDocs.doc().published("2024-03-14")
                .paragraph("Two men were hanged on Tuesday who had been convicted over the 2022 protests, a group said.",
                        "Two other men were executed in the city prison, the group said.")
                .date("Tuesday", "2024-03-12", DatePrecision.DAY)
                .date("2022", "2022", DatePrecision.YEAR)
                .build();
        assertThat(executionDates(d)).containsExactly("2024-03-12", "2024-03-12");
    }

    @Test
    void aModifierYearAloneStillDatesTheNextSentence() {
        Document d = TestDocs.doc().published("2024-03-14")
                .paragraph("Thousands joined the 2022 protests in the province.", "Many were executed later, a group said.")
                .date("2022", "2022", DatePrecision.YEAR)
                .build();
        assertThat(executionDates(d)).containsExactly("2022");
    }

    private static List<String> executionDates(Document d) {
        return TestDocs.events(d).stream().filter(e -> e.type().equals("execution")).map(Event::date).toList();
    }
}
