package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * acts28: acts of the authorities reported as news are statements (a curfew, a resignation, troops
 * sent in); a rally is a protest unless supporters, a party or an organiser hold it; each telling
 * of polling day is an election. All sentences are invented for these tests.
 */
class MeasuresRalliesAndPollingDayTest {

    @Test
    void measuresOfTheAuthoritiesAreStatements() {
        // other40: a curfew is a measure, typed other
        assertThat(types("The provincial governor imposed a dusk-to-dawn curfew on Harlow on Monday.")).contains("other").doesNotContain("statement");
        // other81: a resignation is an act, typed `other` (ev117, ev118 gold), no statement
        assertThat(types("The transport minister resigned on Tuesday over the ferry disaster.")).containsExactly("other");
        assertThat(types("The president sacked his interior minister on Friday.")).contains("statement");
        // a court's acts stay other
        assertThat(types("A court in Velm sentenced the two organisers to six months in prison.")).contains("other");
    }

    @Test
    void aPartyNamedRallyHoldsNoRally() {
        assertThat(types("The regional vote left the Civic Rally short of a majority, ahead of the liberals."))
                .doesNotContain("rally");
        assertThat(types("The Civic Rally, led by a former mayor, won the most seats in the northern wards."))
                .doesNotContain("rally");
    }

    @Test
    void aRallyIsAProtestUnlessSupportersOrAnOrganiserHoldIt() {
        assertThat(types("Rallies were also held on Sunday in three coastal towns, local radio reported."))
                .contains("protest").doesNotContain("rally");
        assertThat(types("Hundreds of people rallied in the old town the next evening.")).contains("protest");
        assertThat(types("The governor told cheering supporters at a rally in the stadium that he would win."))
                .contains("rally").doesNotContain("protest");
        assertThat(types("The movement's annual rally organised by its exile council drew large crowds."))
                .contains("rally");
    }

    @Test
    void aSummitSomeoneSpeaksAtAndACrowdChantingAreNoRally() {
        assertThat(types("The president, speaking at a trade summit in Orlen, said the reform would go ahead."))
                .doesNotContain("rally");
        assertThat(types("Thousands of people gathered in the main square, waving flags and chanting against the mayor."))
                .doesNotContain("rally");
    }

    @Test
    void votersVotingAndResultsTellTheVote() {
        assertThat(types("Millions of citizens voted on Sunday in the first free poll in decades.")).contains("election");
        assertThat(types("The opposition leader cast his ballot in his native village.")).contains("election");
        assertThat(types("The Green League topped the poll in the capital with 31 percent.")).contains("election");
        assertThat(types("The farmers' party came second with 18 percent of the vote.")).contains("election");
        // a parliament or a union voting on a bill or to act is no election
        assertThat(types("The assembly voted to extend the emergency powers by a month.")).doesNotContain("election");
        assertThat(types("Dockers voted to stay out for another week.")).doesNotContain("election");
        assertThat(types("Lawmakers voted against the budget bill on Thursday.")).doesNotContain("election");
    }

    @Test
    void votersInAPostponedElectionTellTheVoteNotThePostponement() {
        assertThat(types("Voters in Kessa voted on Sunday in an election that was postponed by a month."))
                .contains("election").doesNotContain("other");
        assertThat(types("The board said the election was postponed until the floods recede.")).contains("other");
    }

    @Test
    void aLaterRoundAnnouncedDatesNoResultToldAfterIt() {
        Document d = TestDocs.doc().published("2024-06-10")
                .paragraph("Voters went to the polls on Sunday in the regional election.")
                .paragraph("The governor said a second round of voting would be held on June 30.")
                .paragraph("The Green League won 28 percent of the vote, official results showed.")
                .date("Sunday", "2024-06-09", DatePrecision.DAY)
                .date("June 30", "2024-06-30", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("election")).extracting(Event::date)
                .contains("2024-06-09", "2024-06-30").last().isEqualTo("2024-06-09");
    }

    @Test
    void aThingBannedBeforeIsNoBan() {
        assertThat(types("Guards fined two fans for waving banned flags at the match.")).doesNotContain("other");
        assertThat(types("Officers said the leaflets came from the banned student league.")).doesNotContain("other");
        assertThat(types("The council banned the march through the old town.")).contains("other");
        assertThat(types("The march was banned on Monday by the governor.")).contains("other");
    }

    @Test
    void aSecondRoundIsAnElection() {
        // events93: not "If no candidate wins a majority, a second round ...": a sentence opening with a
        // condition reports nothing (ConditionalSentences), a leftover acts28 named
        assertThat(types("A second round of voting will follow on 7 July.")).contains("election");
    }
}
