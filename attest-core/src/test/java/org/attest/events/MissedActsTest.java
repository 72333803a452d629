package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts a report tells in words no trigger line knew, or whose cues a line lacked (round miss190):
 * custody told as brief or of people counted before, blockades told as held, disturbances listed by
 * town, observers' preliminary reports, searches of flats, remands by a court, terms received, people
 * deported or forcibly returned, grenades and firebombs thrown, explosive devices gone off. All
 * sentences are invented for these tests.
 */
class MissedActsTest {

    @Test
    void peopleBrieflyHeldOrCountedBeforeAreArrested() {
        assertThat(TestDocs.types("Four reporters filming the march in Lorn on Monday were briefly held.")).contains("arrest");
        assertThat(TestDocs.types("In May, two of them were held in Lorn for more than a week.")).contains("arrest");
    }

    @Test
    void aVoteOrThingsHeldAreNoArrest() {
        assertThat(TestDocs.types("Local elections took place in Lorn in May, and most of them were held without incident."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("The buses were briefly held up by snow in Lorn on Monday.")).doesNotContain("arrest");
    }

    @Test
    void blockadesToldAsHeldAreAProtest() {
        assertThat(TestDocs.types("Farmers' leaders said blockades had been held outside Lorn and Varna on Monday.")).contains("protest");
        assertThat(TestDocs.types("The naval blockade of Lorn held for a third month in May.")).doesNotContain("protest");
    }

    @Test
    void disturbancesListedByTownAreAProtest() {
        assertThat(TestDocs.types("Disturbances were also reported in Lorn, Varna and Karsk on Monday night.")).contains("protest");
    }

    @Test
    void observersPreliminaryReportIsAStatement() {
        assertThat(TestDocs.types("Regional monitors said in a preliminary report released on Monday that counting had been orderly."))
                .contains("statement");
    }

    @Test
    void flatsSearchedByTheAuthoritiesAreAnOtherAct() {
        assertThat(TestDocs.types("Security officers searched 12 apartments in Lorn and Varna on Monday.")).contains("other");
        assertThat(TestDocs.types("Her flat in Lorn was searched on Monday and two phones were seized.")).contains("other");
    }

    @Test
    void aCourtThatRemandsSomeoneRulesOnCustody() {
        assertThat(TestDocs.types("A court in Lorn remanded the teacher in custody for three weeks on Monday.")).contains("other");
        assertThat(TestDocs.types("His lawyers urged the court in Lorn on Monday not to have him remanded.")).doesNotContain("other");
    }

    @Test
    void termsReceivedAreHandedDown() {
        assertThat(TestDocs.types("Five defendants received sentences of up to nine years in prison in Lorn on Monday."))
                .contains("other");
        assertThat(TestDocs.types("If convicted, the five defendants in Lorn could have received prison terms.")).doesNotContain("other");
    }

    @Test
    void peopleDeportedOrForciblyReturnedAreAnOtherAct() {
        assertThat(TestDocs.types("Three activists were forcibly returned from Varna to Lorn in May.")).contains("other");
        assertThat(TestDocs.types("Two students from Lorn were deported on Monday.")).contains("other");
        assertThat(TestDocs.types("The activists in Varna fear they could be forcibly returned to Lorn.")).doesNotContain("other");
    }

    @Test
    void aGrenadeOrFirebombThrownOrADeviceGoneOffIsAnAttack() {
        assertThat(TestDocs.types("Unknown assailants threw a grenade at a candidate's office in Lorn on Friday.")).contains("attack");
        assertThat(TestDocs.types("A man threw a bottle of flammable liquid at the tax office window in Lorn on Monday."))
                .contains("attack");
        assertThat(TestDocs.types("An explosive device went off outside the town hall in Lorn late on Saturday.")).contains("attack");
    }

    @Test
    void flammableLiquidStoredIsNoAttack() {
        assertThat(TestDocs.types("Workers in Lorn stored flammable liquid at the depot on Monday.")).doesNotContain("attack");
    }
}
