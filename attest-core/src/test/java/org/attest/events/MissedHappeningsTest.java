package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Happenings of labour, opposition and rights reports that no trigger line read (round events95,
 * invented sentences): closures that tell a strike, raids, releases on bail, deaths and moves of
 * prisoners, dismissals, a strike joined, and acts of courts, legislatures and governments.
 */
class MissedHappeningsTest {
    @Test
    void shopsThatStayedShutTellAStrike() {
        assertThat(types("In Dorvan, the carpet market stayed closed for three days.")).contains("other");
        assertThat(types("Most shops in the Kelmar bazaar remained shut on Monday.")).contains("other");
        assertThat(types("Merchants in the old quarter pulled down their shutters at noon.")).contains("other");
    }

    @Test
    void aClosureTheAuthoritiesOrderedOrAHolidayIsNoStrike() {
        assertThat(types("The bazaar remained closed after the authorities sealed it.")).doesNotContain("protest");
        assertThat(types("The stock market remained closed on Monday.")).doesNotContain("protest");
        assertThat(types("Shops stayed closed for the New Year holidays.")).doesNotContain("protest");
    }

    @Test
    void premisesRaidedByThePoliceAreSearched() {
        assertThat(types("Dozens of police officers raided the union's offices in Dorvan, seizing its files."))
                .contains("other").doesNotContain("attack");
        assertThat(types("Intelligence agents raided the headquarters of the teachers' association on Sunday."))
                .contains("other");
        // one that arrests is the arrest; one by gunmen an attack
        assertThat(types("Police raided the office and arrested four organisers.")).doesNotContain("other");
        assertThat(types("Gunmen raided a police station in the border town.")).doesNotContain("other");
    }

    @Test
    void releasedOnBailWithWordsBetween() {
        assertThat(types("The two organisers were later released on bail of 300 million tomans each.")).contains("other");
        assertThat(types("The blogger was freed from Kelmar prison on a heavy bail.")).contains("other");
        assertThat(types("Their lawyer called for them to be released on bail.")).doesNotContain("other");
    }

    @Test
    void aPrisonerWhoDiedWithoutCareOrWasMovedToSolitary() {
        assertThat(types("A 40-year-old inmate died after being denied medical treatment for a heart condition."))
                .containsExactly("other");
        assertThat(types("A young prisoner died in solitary confinement last month.")).containsExactly("other");
        assertThat(types("Five more inmates were moved to the solitary cells of the prison's Ward 3.")).contains("other");
    }

    @Test
    void peoplePutOutOfWorkOrStudy() {
        assertThat(types("The union's spokesman was fired from his job at the cement plant.")).contains("other");
        assertThat(types("Nine teachers were dismissed from their posts last month.")).contains("other");
        assertThat(types("Two student activists were expelled from university.")).contains("other");
        assertThat(types("The lecturer was suspended from teaching for a year.")).contains("other");
        assertThat(types("The nurses could be dismissed from their posts.")).doesNotContain("other");
    }

    @Test
    void moreDriversJoiningTheStrikeSpreadIt() {
        assertThat(types("Bus drivers in six more cities joined the action on Tuesday.")).contains("other");
    }

    @Test
    void actsOfCourtsLegislaturesAndGovernments() {
        assertThat(types("A regional court overturned the mayor's ban on the march.")).contains("other");
        assertThat(types("The listing followed a vote in the Senate in 2021 and a motion adopted last spring."))
                .contains("other");
        assertThat(types("The diplomat was sent home in exchange for two detained researchers.")).contains("other");
        assertThat(types("The cabinet has set a 12 percent increase in the minimum wage.")).contains("other");
        assertThat(types("Campaigners called for a vote in parliament on the listing.")).doesNotContain("other");
        assertThat(types("Villagers queued to cast their vote in the assembly elections on Sunday.")).doesNotContain("other");
    }
}
