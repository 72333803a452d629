package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Protests beside a killing or arrests they saw (an event of their own), and protests that are only
 * the topic of another event: an appeal to protesters or for a protest ({@link AppealPass}), a protest judged, wished for or charged, and participants counted as
 * victims ({@link PersonNouns}, {@link VictimPass}). All sentences are invented for these tests.
 */
class ProtestSceneAndAppealTest {

    // --- the scene of a killing or of arrests: the protest is an event beside them (the seeds give
    // "protest" and "killing" for the killing of a movement's participants)

    @Test
    void killedDuringProtestsIsTheKillingAndTheProtest() {
        assertThat(TestDocs.types("Four people were killed during protests over bread prices in Dorvik."))
                .containsExactlyInAnyOrder("killing", "protest");
        assertThat(TestDocs.types("Police detained 60 people during overnight demonstrations in Selm."))
                .containsExactlyInAnyOrder("arrest", "protest");
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
    void theSceneDatesWhatHappenedDuringIt() {
        Document d = TestDocs.doc().published("2031-03-12")
                .paragraph("Lawyers on Monday urged judges to free a teacher detained during the 2029 protests.")
                .date("Monday", "2031-03-10", DatePrecision.DAY).date("2029", "2029", DatePrecision.YEAR).build();
        assertThat(TestDocs.events(d)).extracting(Event::type, Event::date)
                .containsExactlyInAnyOrder(tuple("arrest", "2029"), tuple("protest", "2029"));
    }

    @Test
    void aKillingThatDidNotHappenSetsNoScene() {
        assertThat(TestDocs.types("Nobody was killed during the protests in Ostel on Sunday.")).contains("protest");
    }

    @Test
    void noOneIsNobodyInTwoWords() {
        assertThat(TestDocs.types("Police said no one had been arrested after the march in Ostel on Sunday."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("No one was killed when the crowd was dispersed in Ostel on Sunday."))
                .doesNotContain("killing");
    }

    // --- appeals to protesters and for protests

    @Test
    void protestersAddressedByAnAppealDoNotProtest() {
        // the appeal of an official is a statement (stmt20); the addressed protesters hold no protest
        assertThat(TestDocs.types("The interior minister called on protesters to show restraint.")).containsExactly("statement");
        assertThat(TestDocs.types("The mayor urged demonstrators not to block the bridge.")).containsExactly("statement");
    }

    @Test
    void aProtestAskedForInAnAppealIsNoProtest() {
        // the party's appeal is its statement (stmt20), the protest it asks for no event
        assertThat(TestDocs.types("The party urged its supporters to demonstrate peacefully on Friday.")).containsExactly("statement");
        assertThat(TestDocs.types("Organisers asked supporters to join the march through Pellam on Saturday.")).isEmpty();
    }

    @Test
    void aCallForProtestsAndReportedSpeechStay() {
        assertThat(TestDocs.types("The opposition called for protests in Brenna on Sunday.")).containsExactly("protest");
        assertThat(TestDocs.types("A union official told reporters that protesters had blocked the road to the airport."))
                .containsExactly("protest");
        // the council's call is a statement of its own beside the protest it names (stmt22)
        assertThat(TestDocs.types("The council urged police to respond to the protests with restraint."))
                .containsExactlyInAnyOrder("protest", "statement");
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
