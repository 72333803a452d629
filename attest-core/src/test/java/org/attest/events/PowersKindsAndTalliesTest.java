package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q171 (7 December 2026, invented sentences): powers given to a force name what it may do,
 * no act done; "such an attack" names a kind of act; what
 * "anyone who tried to" do is a case put; a participle
 * a running total counts ("bring to 90 the number of miners killed") is no new act; animals
 * killed ("killed tonnes of fish") are no killing; the attack
 * one is sentenced for is the crime, no attack told; "the
 * organisation" as the subject of a saying is the release's own voice; a picture of "the" event
 * shows one told, no new one; heavy gunfire
 * heard is fighting; a
 * commutation asked for is none done; "at the time"
 * is the time of the act told before; a ministry's
 * account in the past perfect of an attack its forces had foiled is its statement; a prisoner
 * of conscience "detained solely for" speaking is a characterisation, no new arrest; the victims
 * hit by bullets are how the dead were killed; a tally's
 * part "including 40 in May 2023" dates its act.
 */
class PowersKindsAndTalliesTest {

    @Test
    void powersToArrestAreNoArrest() {
        assertThat(types("The decree gives the police sweeping powers to arrest people without a warrant."))
                .doesNotContain("arrest");
        assertThat(types("The law handed governors the power to detain anyone for thirty days."))
                .doesNotContain("arrest");
        // the powers used still tell the arrests
        assertThat(types("Using the new powers, police arrested 40 people in the port on Monday."))
                .contains("arrest");
    }

    @Test
    void suchAnActNamesAKindNotAnAct() {
        assertThat(types("Lawyers said there was no sign that the two brothers ever took part in such an attack."))
                .doesNotContain("attack");
        assertThat(types("Neighbours said the dockers had never joined such a protest before."))
                .doesNotContain("protest");
        // an act told plainly stays
        assertThat(types("Gunmen carried out an attack on the depot on Sunday.")).contains("attack");
    }

    @Test
    void anAttemptByAnyoneIsACasePut() {
        assertThat(types("Organisers said anyone who tried to stage a march in the capital would be stopped at once."))
                .doesNotContain("protest", "rally");
        // people who tried did act
        assertThat(types("Dozens of students tried to stage a march in the capital on Monday."))
                .contains("protest");
    }

    @Test
    void aParticipleOfARaisedTotalIsNoNewAct() {
        assertThat(types("The deaths bring to at least 90 the number of miners killed since the strike began."))
                .doesNotContain("killing");
        assertThat(types("Saturday's hangings brought the number of prisoners executed this year to 140."))
                .containsOnlyOnce("execution");
        // a count of the acts of a day still tells them
        assertThat(types("The number of people arrested on Friday was 40, the ministry said."))
                .contains("arrest");
    }

    @Test
    void animalsKilledAreNoKilling() {
        assertThat(types("In 2019 a chemical leak from the tannery killed tonnes of fish in the lagoon."))
                .doesNotContain("killing");
        assertThat(types("Villagers said the poisoned wells had killed their cattle and goats."))
                .doesNotContain("killing");
        // people killed stay a killing
        assertThat(types("Soldiers killed four herders near the wells on Sunday.")).contains("killing");
    }

    @Test
    void theAttackOneIsSentencedForIsTheCrime() {
        assertThat(types("Last week a court in the capital sentenced a young farmer to death for setting fire to a police station."))
                .contains("death_sentence").doesNotContain("attack");
        assertThat(types("Last month a court sentenced a protester to death for setting fire to a bank in the old town."))
                .containsExactly("death_sentence");
        // an attack told on its own stays
        assertThat(types("Rioters set fire to a police station in the capital last week.")).contains("attack");
    }

    @Test
    void theOrganisationAsSubjectIsTheReleasesOwnVoice() {
        assertThat(types("The organisation calls on the authorities to free the dockers and drop all charges."))
                .doesNotContain("statement");
        assertThat(types("The organisation also urged the port's buyers to suspend their contracts."))
                .doesNotContain("statement");
        assertThat(types("The organisation is calling on the port authority to reinstate the dismissed dockers."))
                .doesNotContain("statement");
        assertThat(types("Four dockers were hanged in Corvan at dawn on Monday, the organisation said today."))
                .contains("execution").doesNotContain("statement");
        // a body after the verb with more to follow is its object; the speaker is someone else
        assertThat(types("The interior minister urged the organisation to close its office in the capital."))
                .contains("statement");
    }

    @Test
    void aPictureOfAToldEventIsNoNewEvent() {
        assertThat(types("Two nurses were detained on Friday after guards found photographs of the 2019 rallies on their laptops."))
                .contains("arrest").doesNotContain("protest", "rally");
        assertThat(types("Exiles posted hundreds of photos from the strikes of that winter."))
                .doesNotContain("protest");
        // the event itself, told plainly, stays
        assertThat(types("Thousands of nurses rallied outside parliament in 2019.")).contains("protest");
    }

    @Test
    void heavyGunfireHeardIsFighting() {
        assertThat(types("Townspeople in the valley said they heard heavy gunfire through the night on Tuesday."))
                .contains("attack");
        // deaths beside it are the killing's
        assertThat(types("Heavy gunfire killed three herders in the valley on Tuesday."))
                .contains("killing").doesNotContain("attack");
    }

    @Test
    void aCommutationAskedForIsNoneDone() {
        assertThat(types("Lawyers are calling on the governor to halt the hangings and to commute every pending death sentence."))
                .doesNotContain("other");
        assertThat(types("The bishops urged the king to commute the sentences of the four dockers."))
                .doesNotContain("other");
        // a commutation granted is the authorities' act
        assertThat(types("On Friday the king commuted the death sentences of the four dockers.")).contains("other");
    }

    @Test
    void atTheTimeIsTheTimeOfTheActToldBefore() {
        String report = "A court in Corvan sentenced six dockers to death on Monday.\n\n"
                + "Most of the dockers were arrested in raids on their homes in early 2023.\n\n"
                + "\"He never came home,\" his mother said.\n\n"
                + "The ministry said at the time that police had foiled a plot to bomb the port.\n";
        assertThat(datesOf(events(report, "2026-04-16"), "attack")).containsExactly("2023");
        // "at the time of" names its time by what follows
        String named = "A court in Corvan sentenced six dockers to death on Monday.\n\n"
                + "Most of the dockers were arrested in raids on their homes in early 2023.\n\n"
                + "Police fired on the port's gates at the time of the verdict.\n";
        assertThat(datesOf(events(named, "2026-04-16"), "attack")).doesNotContain("2023");
    }

    @Test
    void aMinistrysAccountOfAnAttackItsForcesHadFoiledIsItsStatement() {
        assertThat(types("The interior ministry said that its forces had foiled a plot to bomb the port."))
                .contains("statement", "attack");
    }

    @Test
    void aPrisonerOfConscienceDetainedForSpeakingIsACharacterisation() {
        assertThat(types("Rights groups regard the poet as a prisoner of conscience, detained solely for his verses."))
                .doesNotContain("arrest");
        assertThat(types("She is a prisoner of conscience detained only for her peaceful posts."))
                .doesNotContain("arrest");
        // the arrest told plainly stays
        assertThat(types("Police detained the poet at his home in the capital on Monday.")).contains("arrest");
    }

    @Test
    void theVictimsHitByBulletsAreTheKillingsDetail() {
        assertThat(types("Medics said most of the victims were hit by live bullets in the neck near the bridge."))
                .doesNotContain("attack");
        // people hit and not killed were shot at
        assertThat(types("Two reporters were hit by rubber bullets near the bridge on Monday.")).contains("attack");
    }

    @Test
    void aTallysDatedPartDatesItsAct() {
        assertThat(datesOf(events("Four dockers were hanged in Corvan on Monday.\n\nThe state has executed more than 900 people "
                + "since 2016, including 40 in a single day in May 2023.\n", "2026-04-16"), "execution")).contains("2023-05");
        // a stretch with no dated part keeps its start
        assertThat(datesOf(events("Four dockers were hanged in Corvan on Monday.\n\nThe state has executed more than 900 people "
                + "since 2016, most of them for drug offences.\n", "2026-04-16"), "execution")).doesNotContain("2023-05");
    }
}
