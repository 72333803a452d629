package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Election coverage (events111): turnout told with its share far from the word, participation as
 * turnout, a past vote named by its date and told by its figures, candidates withdrawing or passed
 * by vetting, and appeals to stay away from a run-off. Invented sentences, each with a contrast.
 */
class ElectionCoverageTest {
    private static final String TOLD = "Kelmar held its municipal election on Saturday, and turnout was put at 41 percent.";

    private static Document after(String later) {
        TestDocs doc = TestDocs.doc().published("2025-06-10").paragraph(TOLD).paragraph(later)
                .date("Saturday", "2025-06-07", DatePrecision.DAY);
        if (later.contains("May 2019")) {
            doc.date("May 2019", "2019-05", DatePrecision.MONTH);
        }
        return doc.build();
    }

    @Test
    void turnoutWithItsShareFarAfterTheWordIsTheVote() {
        assertThat(types("Turnout was lowest in the three mountain districts of Dorvan and Pellan, at about 31 percent, officials said."))
                .contains("election");
        assertThat(types("Turnout at the rally was far higher than the organisers had expected."))
                .doesNotContain("election");
    }

    @Test
    void participationGivenAsAShareIsTheTurnout() {
        assertThat(types("Local media in Pellan put participation at between 20 and 25 percent."))
                .contains("election");
        assertThat(types("Participation in the strike reached 80 percent at the Dorvan plants, the union said."))
                .doesNotContain("election");
    }

    @Test
    void aPastVoteToldByItsFiguresIsAnElectionOfItsOwn() {
        // the date stands by the naming, the figures that tell the vote farther on
        assertThat(TestDocs.sentencesOf(after("The previous municipal election, in May 2019, drew 38.5 percent of voters."),
                "election")).hasSize(2);
        assertThat(TestDocs.sentencesOf(after("The mayor said on Sunday that the municipal election would not change his plans."),
                "election")).hasSize(1);
    }

    @Test
    void candidatesWithdrawingOrPassedByVettingAreOther() {
        assertThat(types("Two of the approved candidates withdrew in the last week of the race.")).contains("other");
        assertThat(types("Only 14 hopefuls had been approved out of 60 who applied in Dorvan.")).contains("other");
        assertThat(types("The army withdrew its troops from Dorvan on Friday.")).doesNotContain("other");
    }

    @Test
    void appealsToStayAwayFromAVoteAreBoycottCalls() {
        assertThat(types("The teachers' union urged people to stay home during the run-off on Friday.")).contains("boycott_call");
        assertThat(types("Mothers of the victims published videos urging voters not to vote for the former judge.")).contains("boycott_call");
    }
}
