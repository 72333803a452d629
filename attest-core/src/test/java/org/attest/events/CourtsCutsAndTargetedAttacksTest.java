package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round other31 (invented sentences): telecoms cut told of the data or phone service, benches other
 * than "the court" and their acts, prisoners put in solitary confinement, and attacks on a place or a
 * gathering (shots at an office even when they kill, petrol bombs at a rally, vehicles set ablaze).
 */
class CourtsCutsAndTargetedAttacksTest {

    @Test
    void dataAndPhoneServicesCutAreOther() {
        assertThat(types("Mobile data services have been suspended in Orvik and Tarsen since Sunday.")).containsExactly("other");
        assertThat(types("Phone services were suspended across the Kelmar valley on Tuesday night.")).containsExactly("other");
        assertThat(types("Monitors found mobile data cut in at least 30 districts.")).containsExactly("other");
        assertThat(types("Mobile internet has been switched off in the three northern provinces.")).containsExactly("other");
        assertThat(types("The authorities last restricted mobile internet in 2021.")).containsExactly("other");
    }

    @Test
    void aCutCalledForOrLiftedIsNone() {
        assertThat(types("Residents urged the operator to restore mobile data services suspended last week.")).doesNotContain("other");
    }

    @Test
    void tribunalsMagistratesAndTheirActsAreOther() {
        assertThat(types("A labour tribunal in Orvik on Monday dismissed a petition by the dockers.")).containsExactly("other");
        assertThat(types("A magistrate in Tarsen ordered the exhumation of two bodies.")).containsExactly("other");
        assertThat(types("On Friday a judge denied bail to the three dockers.")).containsExactly("other");
        assertThat(types("A Kelmar court adjourned the hearing of the nine miners until June.")).containsExactly("other");
        assertThat(types("The trial of eleven fishermen and two union organisers charged over the harbour sit-in opened in Orvik on Monday."))
                .contains("other");
        assertThat(types("The lawyers welcomed the ruling of the appeals court on 3 May ordering the release of the ballots."))
                .contains("other");
    }

    @Test
    void prisonersPutInSolitaryConfinementAreOther() {
        assertThat(types("Guards moved six hunger strikers to solitary confinement on Sunday.")).containsExactly("other");
        assertThat(types("The poet was placed in solitary confinement last month.")).containsExactly("other");
    }

    @Test
    void shotsAtAnOfficeThatKillAreTheKilling() {
        // types51: an attack that kills is the killing alone (DeadlyAttacks), as three of five annotators type it
        assertThat(types("Gunmen opened fire on the party office in Tarsen, killing a guard."))
                .contains("killing").doesNotContain("attack");
        // a crowd fired on that counts its dead stays the killing alone
        assertThat(types("Troops opened fire on protesters outside the governor's office, killing four."))
                .doesNotContain("attack");
    }

    @Test
    void petrolBombsAtARallyAndVehiclesSetAblazeAreAttacks() {
        assertThat(types("Masked men threw petrol bombs at a campaign rally in Orvik on Sunday.")).contains("attack");
        assertThat(types("Police said three vehicles were set ablaze on the ring road in Kelmar.")).contains("attack");
    }

    @Test
    void ballotsSnatchedAndCountedIncidentsOfViolenceAreAttacks() {
        assertThat(types("Voting in Tarsen was marred by ballot box snatching at several schools.")).contains("attack");
        assertThat(types("The monitor recorded 19 incidents of poll-related violence across the province.")).contains("attack");
        // none reported is none
        assertThat(types("Officials said no incidents of violence were reported in Orvik.")).doesNotContain("attack");
    }
}
