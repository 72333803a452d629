package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round other25 (5 December 2026, invented sentences): acts of legislatures, courts and
 * governments that a careful reader counts as happenings (`other`): motions of no confidence,
 * resignations, rulings on sentences, releases, transfers of prisoners, evictions, layoffs, cases
 * opened, summonses, border posts closed, laws passed. The same act only asked for, feared or
 * threatened is none.
 */
class InstitutionalActsTest {

    @Test
    void aMotionOfNoConfidenceIsAnActNotAnElection() {
        assertThat(types("Opposition deputies tabled a no-confidence motion against the cabinet on Monday."))
                .contains("other");
        assertThat(types("The mayor of Dravik lost a vote of no confidence on Tuesday."))
                .contains("other").doesNotContain("election");
        assertThat(types("The opposition threatened a no-confidence motion over the port deal."))
                .doesNotContain("other");
    }

    @Test
    void aResignationIsToldEvenWhenTheWordToFollowsLater() {
        // "linked to" is no "resigned to (their fate)"
        // other81: a resignation is an act, typed `other` (ev117, ev118 gold), no statement
        assertThat(types("The premier resigned in March after thugs linked to his party beat two reporters."))
                .contains("other").doesNotContain("statement");
        assertThat(types("The governor stepped down on Friday.")).containsExactly("other");
        assertThat(types("He fled abroad and emailed his resignation to the speaker on Sunday.")).contains("other");
        assertThat(types("The fishermen seemed resigned to another poor season.")).doesNotContain("statement", "other");
        assertThat(types("The fishermen were resigned to a poor season in the north.")).doesNotContain("statement", "other");
        assertThat(types("Crowds demanded that the governor stepped down.")).doesNotContain("other");
    }

    @Test
    void courtsDecidingOnSentencesAct() {
        assertThat(types("The high court upheld the verdict against the two editors in May.")).contains("other");
        assertThat(types("Her sentence was reduced on appeal last month.")).contains("other");
        assertThat(types("The blogger had his sentence extended by three years in 2021.")).contains("other");
        assertThat(types("On 4 March the tribunal ruled the decree unconstitutional.")).contains("other");
        assertThat(types("The supreme court replaced the death sentence with life imprisonment in April."))
                .contains("other").doesNotContain("death_sentence");
        assertThat(types("The poet received a nine-year sentence in June.")).contains("other");
        assertThat(types("The ruling was handed down by the district court on 3 May.")).contains("other");
        // a rule, not a ruling
        assertThat(types("Such sentences are handed down under the old decree.")).doesNotContain("other");
        // a sentence named after another verb is no sentence received
        assertThat(types("Families received the news only after the sentence was carried out."))
                .doesNotContain("other");
    }

    @Test
    void peopleFreedMovedOrSummonedByTheAuthorities() {
        assertThat(types("The two teachers were freed on Saturday.")).contains("other");
        assertThat(types("The student leader has been granted bail pending the appeal.")).contains("other");
        assertThat(types("The strikers were transferred to Ostrov prison on Tuesday evening.")).contains("other");
        assertThat(types("Four imams were summoned by the security service last week.")).contains("other");
        assertThat(types("Relatives urged that she be transferred to hospital.")).doesNotContain("other");
    }

    @Test
    void evictionsLayoffsAndCasesOpened() {
        assertThat(types("Bailiffs began evicting the squatters on Wednesday.")).contains("other");
        assertThat(types("The tenants fear being evicted before winter.")).doesNotContain("other");
        assertThat(types("The mill laid off 300 workers in June.")).contains("other");
        assertThat(types("Prosecutors said they had opened 60 criminal investigations into the unrest."))
                .contains("other");
        assertThat(types("Criminal cases were opened against twelve of the farmers.")).contains("other");
    }

    @Test
    void bordersPartnershipsAndVotesPutOff() {
        assertThat(types("The neighbouring state closed the Kordan border post on Thursday.")).contains("other");
        assertThat(types("Washington suspended its partnership with the ministry on Saturday.")).contains("statement");
        assertThat(types("The president said on Monday he was postponing the election.")).contains("other");
        assertThat(types("Voting was delayed by six hours in the northern wards.")).contains("election");
    }

    @Test
    void lawsResolutionsAgreementsAndPrizes() {
        assertThat(types("The senate passed the bill on Tuesday.")).contains("other");
        assertThat(types("The assembly adopted a resolution on the mine disaster in May.")).contains("other");
        assertThat(types("Lawmakers repealed the press decree in October.")).contains("other");
        assertThat(types("The president ratified the treaty on Friday.")).contains("other");
        assertThat(types("The minister invoked Article 12 of the labour code on Sunday.")).contains("other");
        assertThat(types("The rebels signed a ceasefire agreement in Lomar in 2019.")).contains("other");
        assertThat(types("The jury awarded her the prize on 9 October.")).contains("other");
        assertThat(types("The town council declared a major incident on Monday.")).contains("other");
        assertThat(types("The island defaulted on its debt in May.")).contains("other");
        // asked for, not done
        assertThat(types("The unions want the press decree repealed.")).doesNotContain("other");
        assertThat(types("Donors urged both sides to sign a peace deal.")).doesNotContain("other");
    }

    @Test
    void aCandidateBarredIsAnAct() {
        assertThat(types("The opposition's candidate was barred in August.")).contains("other");
    }
}
