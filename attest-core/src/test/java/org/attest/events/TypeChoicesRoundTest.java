package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Type choices of round events71 (invented sentences): a poster torched is no attack on a building
 * ("post*" took "poster" for a police post); a rally held or joined "demanding" or "calling on"
 * something is a protest; an official's "claimed" says as "said" does; a day opening the sentence
 * dates the saying of its statement verb, so the statement stays beside the arrest it tells; a team
 * a ministry "dismantled" is an arrest; the judiciary announcing a sentence tells the sentence alone
 * (SentencingBodies); summonses listed with detentions are the arrest; a vote named in a slogan's
 * quoted words is no election (SloganPass); a gathering in a paragraph of a sit-in is the protest;
 * wealth or savings "looted" is no attack; years spent on death row before an execution tell no sentence.
 */
class TypeChoicesRoundTest {

    @Test
    void aPosterTorchedIsAProtestNoAttack() {
        String s = "In Varnholt, activists torched a large poster of the governor near the central market on the evening of May 4.";
        Document d = doc().published("2026-05-06").paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void aPolicePostTorchedStaysAnAttack() {
        String s = "In Varnholt, rioters torched a police post near the central market on May 4.";
        Document d = doc().published("2026-05-06").paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).containsExactly(s);
    }

    @Test
    void aRallyHeldDemandingSomethingIsAProtest() {
        String s = "Dock workers in Pellan held a rally on Tuesday, demanding four months of unpaid wages.";
        Document d = doc().published("2026-05-08").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void supportersRallyingCallingOnAGovernmentProtest() {
        String s = "Hundreds of supporters of the exiled opposition rallied in central Dorvik on Sunday, calling on the government to expel the envoy.";
        Document d = doc().published("2026-05-08").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aRallyAUnionHoldsWithNoDemandStaysARally() {
        String s = "The farmers' union held a rally beside the grain depot in Dorvik on Saturday.";
        Document d = doc().published("2026-05-11").paragraph(s).build();
        assertThat(sentencesOf(d, "rally")).containsExactly(s);
    }

    @Test
    void aMinistryThatClaimedArrestsMakesAStatementBesideThem() {
        String s = "On May 3, the Security Ministry claimed it had arrested \"members of a 6-person network\" in Pellan.";
        List<Event> events = TestDocs.events(doc().published("2026-05-06").paragraph(s).build());
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder("statement", "arrest");
    }

    @Test
    void aClaimOfResponsibilityIsNoStatement() {
        assertThat(TestDocs.types("The armed group claimed responsibility for the bombing in Lorn on Friday."))
                .doesNotContain("statement");
    }

    @Test
    void aDayOpeningTheSentenceDatesTheSaying() {
        String s = "On Thursday, the Security Ministry said that it had arrested nine people in the province of Lorn.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "statement")).containsExactly(s);
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
    }

    @Test
    void anUndatedSayingStaysOnlyTheSourceOfTheArrest() {
        // in the simple past; "said that it had arrested" is the ministry's own tally since events96 (PerfectTalliesTest)
        String s = "The Security Ministry said that nine people were arrested in the province of Lorn.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "statement")).isEmpty();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
    }

    @Test
    void slogansWrittenOnOpeningDaysAreNoStatement() {
        String s = "On Sunday and Monday, members of the youth network wrote slogans and put up posters in Pellan and Lorn.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "statement")).isEmpty();
    }

    @Test
    void aTeamTheMinistryDismantledIsAnArrest() {
        String s = "The Security Ministry said on Monday that it had dismantled a \"team\" of four people in the province of Lorn.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
        assertThat(sentencesOf(d, "statement")).containsExactly(s);
    }

    @Test
    void theJudiciaryAnnouncingASentenceTellsTheSentenceAlone() {
        String death = "The judiciary of Lorn announced that two men had been sentenced to death on charges of armed rebellion.";
        String prison = "The judiciary's news agency said on Tuesday that a court in Pellan had sentenced a blogger to six years in prison.";
        Document d = doc().published("2026-05-09").paragraph(death).paragraph(prison).build();
        assertThat(sentencesOf(d, "death_sentence")).containsExactly(death);
        assertThat(sentencesOf(d, "other")).containsExactly(prison);
        assertThat(sentencesOf(d, "statement")).isEmpty();
    }

    @Test
    void aUnionSayingItsLeaderWasSentencedStaysAStatement() {
        String s = "The dockers' union said on Monday that its leader had been sentenced to five years in prison.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "statement")).containsExactly(s);
        assertThat(sentencesOf(d, "other")).containsExactly(s);
    }

    @Test
    void summonsesListedWithDetentionsAreTheArrest() {
        String s = "Union delegates said that in the past year some 30 of their colleagues had been summoned or detained by the security service.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void aSummonsAloneStaysAnotherAct() {
        String s = "Four nurses were summoned to the prosecutor's office in Pellan last week.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "other")).containsExactly(s);
        assertThat(sentencesOf(d, "arrest")).isEmpty();
    }

    @Test
    void aVoteNamedInASlogansWordsIsNoElection() {
        String s = "In Pellan and Lorn, slogans on walls read \"No to the rigged election, yes to a free republic.\"";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "election")).isEmpty();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void aVoteToldOutsideASloganStaysAnElection() {
        String s = "Voters in Pellan went to the polls on Friday in the \"snap\" election called by the council.";
        Document d = doc().published("2026-05-09").paragraph(s).build();
        assertThat(sentencesOf(d, "election")).containsExactly(s);
    }

    @Test
    void aGatheringInAParagraphOfASitInIsTheProtest() {
        String sitIn = "The fishermen of Lorn had been holding a sit-in at the harbour since May 2.";
        String joined = "On Friday, thousands of residents joined them in what locals called the largest gathering in the town in years.";
        Document d = doc().published("2026-05-09").paragraph(sitIn, joined)
                .date("May 2", "2026-05-02", DatePrecision.DAY).date("Friday", "2026-05-08", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "protest")).contains(joined);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void wealthLootedIsNoAttack() {
        assertThat(TestDocs.types("The exiles accused the ruling clerics of having looted the nation's oil wealth for four decades."))
                .doesNotContain("attack");
        assertThat(TestDocs.types("Rioters looted shops and a bank in central Lorn on Saturday night.")).contains("attack");
    }

    @Test
    void yearsSpentOnDeathRowAreNoSentence() {
        String s = "In Pellan, at least five prisoners were executed in March, some of them after spending years on death row.";
        Document d = doc().published("2026-04-02").paragraph(s).build();
        assertThat(sentencesOf(d, "death_sentence")).isEmpty();
        assertThat(sentencesOf(d, "execution")).containsExactly(s);
    }
}
