package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * attack50 (turned back by r180, CrowdControlForce: crowd control alone is the protest's policing, an attack only
 * with harm or another weapon told): tear gas, water cannon, pepper spray or stun grenades a force fires, uses or responds
 * with are force on the crowd (an attack) whatever their aim, beside the crowd's own protest; a crowd
 * sheltering from gas, a ban or a denial of its use, tells none. All sentences are invented.
 */
class CrowdControlForceTest {

    @Test
    void gasAForceFiresOrRespondsWithIsAnAttack() {
        // r180 (CrowdControlForce): crowd control alone is no attack; harm or another weapon told is
        assertThat(types("Gendarmes fired water cannon and tear gas at bands of masked teenagers near the prefecture on Tuesday."))
                .doesNotContain("attack");
        assertThat(types("Officers fired tear gas to clear the bridge on Tuesday morning.")).doesNotContain("attack");
        assertThat(types("Officers fired tear gas and rubber bullets to clear the bridge on Tuesday morning.")).contains("attack");
        assertThat(types("Police responded with tear gas and flash-bang grenades, injuring a child.")).contains("attack");
    }

    @Test
    void gasOrSprayUsedToMoveACrowdIsAnAttack() {
        // r180 (CrowdControlForce): used alone, crowd control is no attack
        assertThat(types("Riot police used tear gas to clear a barricade north of the depot on Tuesday.")).doesNotContain("attack");
        assertThat(types("Police used pepper spray and batons to push the strikers back on Tuesday.")).contains("attack");
    }

    @Test
    void aCrowdDispersedOrMetWithGasIsAttackedAndKeepsItsProtest() {
        // r180 (CrowdControlForce): the protest alone, its policing no attack
        assertThat(types("Police dispersed the crowd with tear gas in Lindor on Tuesday.")).contains("protest").doesNotContain("attack");
        assertThat(types("Marchers were met with tear gas and water cannon outside the assembly on Tuesday."))
                .contains("protest").doesNotContain("attack");
        assertThat(types("Riot police fired tear gas to disperse a march in Lindor on Tuesday.")).contains("protest").doesNotContain("attack");
    }

    @Test
    void gasPeopleShelterFromOrThatIsDeniedIsNoAttack() {
        assertThat(types("Students said they used umbrellas to protect themselves from tear gas on Tuesday."))
                .doesNotContain("attack");
        assertThat(types("The police chief denied that officers had used tear gas on Tuesday.")).doesNotContain("attack");
        assertThat(types("The council voted to ban the use of tear gas at football grounds.")).doesNotContain("attack");
    }

    @Test
    void theCrowdTheGasMetOnADayOfItsOwnIsThatDaysProtest() {
        // the day goes to the force's verb; the policing noun's crowd is that day's too, not the one told before
        Document d = TestDocs.doc()
                .paragraph("Teachers marched to the assembly on Monday.")
                .paragraph("On Thursday gendarmes fired tear gas at a crowd of fishermen.")
                .date("Monday", "2025-03-03", DatePrecision.DAY).date("Thursday", "2025-03-06", DatePrecision.DAY).build();
        List<Event> events = TestDocs.events(d);
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder("protest", "protest");
        assertThat(events.subList(1, 2)).extracting(Event::date).containsOnly("2025-03-06");
    }
}
