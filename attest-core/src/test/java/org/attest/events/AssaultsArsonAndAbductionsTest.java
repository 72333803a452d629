package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round attack190 (invented sentences): explosions, grenades, harmful things thrown at a target,
 * property set alight, beatings by men who are no force, a vehicle driven into a crowd are
 * attacks; abductions by armed groups are no arrests; a trend of attacks or a complaint in the
 * present is no attack of its own.
 */
class AssaultsArsonAndAbductionsTest {

    @Test
    void explosionsAndGrenadesAreAttacks() {
        assertThat(types("An explosive device went off outside the party's branch office in Orlen on Sunday night, but no one was hurt."))
                .contains("attack");
        assertThat(types("Unidentified men threw a grenade at the home of a ward councillor in Mesk late on Friday.")).contains("attack");
    }

    @Test
    void stunGrenadesAtACrowdAreNoGrenadeAttack() {
        assertThat(types("Riot police threw stun grenades at the students outside the rectorate in Orlen on Friday."))
                .doesNotContain("attack");
    }

    @Test
    void harmfulThingsThrownAtATargetAreAttacks() {
        assertThat(types("On Monday night a man threw a bottle of flammable liquid at the door of the recruitment office in Varrow."))
                .contains("attack");
        assertThat(types("Activists threw red paint at the facade of the energy ministry in Mesk on Thursday.")).contains("attack");
    }

    @Test
    void propertySetAlightIsAnAttack() {
        assertThat(types("Rioters set alight a police post and three cars in the suburbs of Orlen on Tuesday night.")).contains("attack");
        assertThat(types("On Monday marchers torched a police post and a council van in the centre of Mesk.")).contains("attack");
        assertThat(types("Cars and a bus shelter were set alight in the suburbs of Orlen on Tuesday night.")).contains("attack");
        assertThat(types("Twenty buses were set on fire across the capital on Monday, the fire brigade said.")).contains("attack");
        assertThat(types("In Varrow, campaign posters of two candidates were set on fire overnight on Friday.")).contains("attack");
    }

    @Test
    void tyresSetAlightStayNoAttack() {
        assertThat(types("Farmers set tyres alight on the ring road of Orlen on Monday.")).doesNotContain("attack");
    }

    @Test
    void beatingsByMenWhoAreNoForceAreAttacks() {
        assertThat(types("In Varrow, plain-clothes men beat voters waiting outside a school on Saturday morning.")).contains("attack");
        assertThat(types("Several marchers were beaten by men in plain clothes near the bridge in Mesk on Sunday.")).contains("attack");
    }

    @Test
    void aComplaintInThePresentIsNoBeating() {
        assertThat(types("\"Students are beaten every time we go out,\" one organiser said.")).doesNotContain("attack");
    }

    @Test
    void aVehicleDrivenIntoACrowdIsAnAttack() {
        assertThat(types("On Sunday a van drove into a column of marchers in central Orlen, injuring three.")).contains("attack");
        assertThat(types("She drove into the city on Sunday to visit her mother.")).doesNotContain("attack");
    }

    @Test
    void abductionsByArmedGroupsAreNoArrests() {
        assertThat(types("On Tuesday gunmen abducted eleven passengers from a bus near Varrow.")).contains("other").doesNotContain("arrest");
        assertThat(types("Two returning officers were abducted during the attack on Saturday night and freed on Sunday."))
                .doesNotContain("arrest");
        assertThat(types("The activist was abducted by security agents from his home in Mesk on Monday.")).contains("arrest");
    }

    @Test
    void killingsToldByTheirManner() {
        assertThat(types("On Friday gunmen stormed a checkpoint near Orlen, shooting dead two guards.")).contains("killing");
        assertThat(types("Insurgents raided a village near Varrow on 3 May, beheading five farmers.")).contains("killing");
    }

    @Test
    void aTrendOfAttacksOrAChargeIsNoAttack() {
        assertThat(types("Militant attacks in the northern provinces rose by 30 percent last year, a monitoring group said."))
                .doesNotContain("attack");
        assertThat(types("The ministry says the men it detained in March were involved in attacks on power stations."))
                .doesNotContain("attack");
    }
}
