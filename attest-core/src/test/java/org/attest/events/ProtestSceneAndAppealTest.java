package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Protests that are only the scene or the topic of another event (branch protset): a protest noun
 * setting a killing or arrests ({@link ScenePass}), an appeal to protesters or for a protest
 * ({@link AppealPass}), a protest judged, wished for or charged, and participants counted as
 * victims ({@link PersonNouns}, {@link VictimPass}). All sentences are invented for these tests.
 */
class ProtestSceneAndAppealTest {

    // --- the scene of a killing or of arrests

    @Test
    void killedDuringProtestsIsOnlyTheKilling() {
        assertThat(TestDocs.types("Four people were killed during protests over bread prices in Dorvik.")).containsExactly("killing");
        assertThat(TestDocs.types("Three people died during protests in Ostrava last week.")).containsExactly("killing");
    }

    @Test
    void arrestsDuringOvernightDemonstrationsAreOnlyArrests() {
        assertThat(TestDocs.types("Police detained 60 people during overnight demonstrations in Selm.")).containsExactly("arrest");
    }

    @Test
    void aCrackdownOnProtestsIsTheSceneOfItsKillings() {
        assertThat(TestDocs.types("At least 30 people have been killed in a crackdown on protests in the north."))
                .containsExactly("killing");
        assertThat(TestDocs.types("Two men were executed over the uprising in Sarn.")).containsExactly("execution");
    }

    @Test
    void aSceneOpeningTheSentenceSetsTheArrestsAfterIt() {
        assertThat(TestDocs.types("During the demonstrations in Melk, police detained 25 students.")).containsExactly("arrest");
    }

    @Test
    void protestsNamedAsWhatKilledAreOnlyTheKilling() {
        assertThat(TestDocs.types("Clashes between students and police have killed 12 people in Varo.")).containsExactly("killing");
        assertThat(TestDocs.types("Weeks of unrest that has killed 40 people shook Zerin.")).containsExactly("killing");
    }

    @Test
    void aProtestToldAsAnActionStays() {
        assertThat(TestDocs.types("Thousands of protesters marched in Varnel, and police arrested 40 people during the protests."))
                .contains("protest", "arrest");
        assertThat(TestDocs.types("Security forces opened fire on peaceful protesters in Halvar."))
                .containsExactlyInAnyOrder("attack", "protest");
    }

    @Test
    void aProtestInAnotherClauseOrWithoutAVictimStays() {
        assertThat(TestDocs.types("Police arrested 20 activists in Ravel, where protests erupted last week.")).contains("protest");
        assertThat(TestDocs.types("Thousands gathered during protests in Ostel.")).containsExactly("protest");
        assertThat(TestDocs.types("Dock workers closed the port in protest at the arrest of their union leader.")).contains("protest");
    }

    @Test
    void aSceneSpreadingInARelativeClauseIsAProtestOfItsOwn() {
        assertThat(TestDocs.types("Two farmers died in the demonstrations that swept the hill villages."))
                .containsExactlyInAnyOrder("killing", "protest");
        // a start only dates the scene
        assertThat(TestDocs.types("Two farmers died in the demonstrations that began in the hill villages."))
                .containsExactly("killing");
    }

    @Test
    void theDroppedSceneStillDatesWhatItSets() {
        Document d = TestDocs.doc().published("2031-03-12")
                .paragraph("Lawyers on Monday urged judges to free a teacher detained during the 2029 protests.")
                .date("Monday", "2031-03-10", DatePrecision.DAY).date("2029", "2029", DatePrecision.YEAR).build();
        assertThat(TestDocs.events(d)).extracting(Event::type, Event::date).containsExactly(tuple("arrest", "2029"));
    }

    @Test
    void aKillingThatDidNotHappenSetsNoScene() {
        assertThat(TestDocs.types("Nobody was killed during the protests in Ostel on Sunday.")).contains("protest");
    }

    // --- appeals to protesters and for protests

    @Test
    void protestersAddressedByAnAppealDoNotProtest() {
        assertThat(TestDocs.types("The interior minister called on protesters to show restraint.")).isEmpty();
        assertThat(TestDocs.types("The mayor urged demonstrators not to block the bridge.")).isEmpty();
    }

    @Test
    void aProtestAskedForInAnAppealIsNoProtest() {
        assertThat(TestDocs.types("The party urged its supporters to demonstrate peacefully on Friday.")).isEmpty();
        assertThat(TestDocs.types("Organisers asked supporters to join the march through Pellam on Saturday.")).isEmpty();
    }

    @Test
    void aCallForProtestsAndReportedSpeechStay() {
        assertThat(TestDocs.types("The opposition called for protests in Brenna on Sunday.")).containsExactly("protest");
        assertThat(TestDocs.types("A union official told reporters that protesters had blocked the road to the airport."))
                .containsExactly("protest");
        assertThat(TestDocs.types("The council urged police to respond to the protests with restraint.")).containsExactly("protest");
    }

    // --- protests refrained from, judged, wished for or charged

    @Test
    void refrainingFromProtestingIsNoProtest() {
        assertThat(TestDocs.types("He told residents to refrain from protesting until the talks end.")).isEmpty();
    }

    @Test
    void protestsCalledUnlawfulAreJudgedNotReported() {
        assertThat(TestDocs.types("The governor called the rallies unlawful.")).isEmpty();
        // the declaration itself is a measure ("other"), the strike it judges no protest reported
        assertThat(TestDocs.types("The ministry declared the strike illegal.")).doesNotContain("protest");
    }

    @Test
    void aWishToProtestIsNoProtest() {
        assertThat(TestDocs.types("Those who wish to join peaceful protests should not be penalised.")).isEmpty();
    }

    @Test
    void roadsBlockedInAnAccusationAreACharge() {
        assertThat(TestDocs.types("The prosecutor accused the detainees of using their cars to block roads.")).isEmpty();
        assertThat(TestDocs.types("Protesters in three towns blocked roads on Monday.")).containsExactly("protest");
    }

    // --- participants counted as victims

    @Test
    void protestersCountedDeadAreVictims() {
        assertThat(TestDocs.types("A rights group reported at least four protesters dead in Velmora.")).isEmpty();
    }

    @Test
    void protestersNamedInAppositionBeforeTheirKillingAreVictims() {
        assertThat(TestDocs.types("Officials said at least two protesters named as Karim Dalo and Ines Varga were killed by soldiers."))
                .containsExactly("killing");
    }

    @Test
    void protestersWoundedBesideAKillingAreVictims() {
        assertThat(TestDocs.types("Two men were killed by gunfire from soldiers near the bridge, and 30 protesters in other towns were wounded."))
                .containsExactly("killing");
        assertThat(TestDocs.types("Protesters in Ilm were wounded when police charged the crowd.")).containsExactly("protest");
    }
}
