package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Killings and attacks told in words the lexicon missed, and false ones it gave (round evviol):
 * deaths told as fatalities, lives claimed or deadly violence, deaths by bullets or shots, people
 * hit by bullets, raids on protest camps; titles, threats and deaths no one could confirm are none.
 */
class ViolenceTriggersTest {

    @Test
    void fatalitiesOfProtestsAreAKilling() {
        assertThat(TestDocs.types("The marches in Vell, which have resulted in at least four fatalities, went on."))
                .contains("killing");
        assertThat(TestDocs.types("The storm caused three fatalities on the coast road, officials said."))
                .doesNotContain("killing");
    }

    @Test
    void livesTheUnrestClaimedAreAKilling() {
        assertThat(TestDocs.types("The ministry opened an inquiry into the unrest, which it said had claimed nine lives."))
                .contains("killing");
    }

    @Test
    void deadlyViolenceIsAKillingButDeadlyForceIsNot() {
        assertThat(TestDocs.types("Deadly violence broke out in the district before the vote.")).contains("killing");
        assertThat(TestDocs.types("Deadly clashes between protesters and police erupted near Orva."))
                .contains("killing", "protest");
        assertThat(TestDocs.types("The army used deadly force during clashes with farmers near Orva."))
                .doesNotContain("killing");
    }

    @Test
    void deathsByBulletsOrShotsAreKillings() {
        assertThat(TestDocs.types("A boy of 15 died after shots were fired from a police truck outside the school."))
                .contains("killing");
        assertThat(TestDocs.types("A third student died from a bullet to the chest, the medics said."))
                .contains("killing");
        assertThat(TestDocs.types("Guards chased the workers into the yards, shooting and beating several to death."))
                .contains("killing");
        assertThat(TestDocs.types("The troops were implicated in the deaths of at least 12 villagers last month."))
                .contains("killing");
    }

    @Test
    void peopleHitByBulletsWereAttacked() {
        assertThat(TestDocs.types("Three reporters were hit by bullets near the square, though none was badly hurt."))
                .containsExactly("attack");
    }

    @Test
    void peopleHitByBulletsAfterAToldKillingAreNoRetoldShooting() {
        Document d = TestDocs.doc().published("2024-03-04")
                .paragraph("Two union leaders were shot dead in Tarvo on Saturday.")
                .paragraph("A lawyer said that two reporters were hit by bullets, though not badly hurt.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "attack")).hasSize(1);
    }

    @Test
    void aRaidOnAProtestCampIsAnAttack() {
        assertThat(TestDocs.types("Soldiers and police raided the main protest camp in the capital at dawn and tore down the tents."))
                .contains("attack");
    }

    @Test
    void deathsAnAccidentInTheParagraphDidNotCauseStillCount() {
        Document d = TestDocs.doc().paragraph(
                "Eleven marchers died in clashes with the police and two others in road accidents.",
                "A guard also died during a demonstration in Vell.").build();
        assertThat(TestDocs.sentencesOf(d, "killing")).contains("A guard also died during a demonstration in Vell.");
    }

    @Test
    void peopleWhoDiedByGunfireWereKilled() {
        assertThat(TestDocs.types("About 30 people died, the group said, some of them by gunfire.")).contains("killing");
    }

    @Test
    void deathsConfirmedBySourceAreAKillingButNotDeathsNoOneCouldConfirm() {
        assertThat(TestDocs.types("All four deaths were confirmed by a doctor at the city hospital.")).contains("killing");
        assertThat(TestDocs.types("It was difficult to confirm reports of marchers' deaths.")).doesNotContain("killing");
    }

    @Test
    void aTitleTellsNoKilling() {
        assertThat(TestDocs.types("The long report, titled Kill Them All, was published in the capital."))
                .doesNotContain("killing");
    }

    @Test
    void aThreatToWhoeverAttacksIsNoAttack() {
        assertThat(TestDocs.types("The police chief warned that anyone attacking the vans would be punished."))
                .doesNotContain("attack");
    }

    @Test
    void attacksOnLivingStandardsHarmNoOne() {
        assertThat(TestDocs.types("The nurses had marched since May over low pay and other attacks on living standards."))
                .doesNotContain("attack");
    }

    @Test
    void theMurderAManIsHangedForIsHisCrimeNoKilling() {
        assertThat(TestDocs.types("Another convict was hanged on Thursday in the prison of Arvik for the murder of a guard."))
                .containsExactly("execution");
        assertThat(TestDocs.types("Gunmen murdered two teachers in Arvik on Thursday.")).contains("killing");
    }

    @Test
    void oneDeclaredDeadMakesNoStatement() {
        assertThat(TestDocs.types("The second man died in hospital after being declared brain dead."))
                .doesNotContain("statement");
    }

    @Test
    void theForcesBeatIsAClauseNotAToldAttackPointedBack() {
        Document d = TestDocs.doc().published("2024-03-04")
                .paragraph("Police stormed the Arvik clinic on Sunday, the staff said.")
                .paragraph("They said that the first time the forces beat two nurses and threw tear gas inside the wards.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "attack")).hasSize(2);
    }
}
