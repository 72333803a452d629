package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round prot210: votes told as news in words no trigger line knew ("voted on Sunday to choose",
 * "voting was held", "Sunday's vote"), a coming vote with a day of its own after the report's vote
 * was told, and two consecutive years or months joined by "and" that name one stretch dated by its
 * start. All sentences are invented for these tests.
 */
class VotesAndStretchesTest {
    private static final String PUBLISHED = "2023-06-20";

    @Test
    void votersWhoVotedOnADayToChooseHeldAVote() {
        assertThat(datesOf(events("Voters in Lorn voted on Sunday to choose mayors in 20 provinces.", PUBLISHED), "election"))
                .containsExactly("2023-06-18");
    }

    @Test
    void aBodyThatVotedToDoSomethingHeldNoElection() {
        assertThat(TestDocs.types("The city council in Lorn voted on Tuesday to approve the new budget.")).doesNotContain("election");
        assertThat(TestDocs.types("Dockers in Lorn voted to reject the pay offer on Monday.")).doesNotContain("election");
    }

    @Test
    void votingHeldIsAnElection() {
        assertThat(TestDocs.types("Voting was held on Sunday for 300 village councils in 12 districts.")).contains("election");
        assertThat(TestDocs.types("Voting got under way in Lorn on Sunday morning amid tight security.")).contains("election");
        assertThat(TestDocs.types("Voting was held in parliament on Monday on the amended bill.")).doesNotContain("election");
    }

    @Test
    void aVoteNamedByItsDayIsThatDaysVote() {
        String text = "Opposition leaders in Lorn refused on Tuesday to accept Sunday's vote and began a fast.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).containsExactly("2023-06-18");
    }

    @Test
    void aParliamentaryVoteNamedByItsDayIsNoElection() {
        assertThat(TestDocs.types("Lawmakers postponed Thursday's vote on the budget bill.")).doesNotContain("election");
        assertThat(TestDocs.types("Sunday's poll showed the ruling party ahead by ten points.")).doesNotContain("election");
    }

    @Test
    void aComingVoteScheduledAfterTheToldOneIsAVoteOfItsOwn() {
        String text = "At least three people were killed in violence during elections to local councils in Lorn on Wednesday.\n\n"
                + "A second round of these elections, in 400 more councils, is set for July 20, officials added.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).contains("2023-06-14", "2023-07-20");
    }

    @Test
    void twoConsecutiveYearsNameOneStretch() {
        String text = "Students marched week after week in 2019 and 2020 to oppose the new charter.";
        assertThat(datesOf(events(text, PUBLISHED), "protest")).containsExactly("2019");
    }

    @Test
    void twoConsecutiveMonthsNameOneStretch() {
        String text = "At least nine people were killed during protests in Lorn in April and May this year.";
        assertThat(datesOf(events(text, PUBLISHED), "protest")).containsExactly("2023-04");
    }

    @Test
    void yearsApartAreTwoOccasions() {
        String text = "Protests were held in Lorn in 2016 and 2021 over the same charter.";
        assertThat(datesOf(events(text, PUBLISHED), "protest")).doesNotContain("2016");
    }

    @Test
    void relativesOutsideAMorgueHoldNoProtest() {
        assertThat(TestDocs.types("Relatives gathered outside the morgue in Lorn on Tuesday, waiting for news.")).doesNotContain("protest");
    }

    @Test
    void aReferendumWantedIsNoVote() {
        assertThat(TestDocs.types("\"We want a referendum, not more talk,\" said one farmer in Lorn on Saturday.")).doesNotContain("election");
    }
}
