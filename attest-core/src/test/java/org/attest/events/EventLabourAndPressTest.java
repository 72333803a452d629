package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Cases met on reports of strikes, farmers' and climate protests, press-freedom alerts and crackdowns
 * in Latin America, Central Asia and Myanmar, with invented sentences: figures of speech ("an assault
 * on press freedom"), weapons and buildings named after an event word, summits of states, charges
 * of plotting or murder, orders to shoot, habits, guard words inside names, years in brackets, and
 * road blockades told without a protest word. Each rule has a contrast case that must still give
 * the event.
 */
class EventLabourAndPressTest {
    @Test
    void anAssaultOnAnAbstractionHarmsNoOne() {
        assertThat(types("The editors' union called the raid an assault on press freedom on Monday."))
                .doesNotContain("attack");
        assertThat(types("The ruling was an attack on democracy and the rule of law, the senator said on Monday."))
                .doesNotContain("attack");
        assertThat(types("Lawyers described the new decree on Monday as an attack on the rights of workers."))
                .doesNotContain("attack");
    }

    @Test
    void anAttackOnPeopleNamedAfterTheAbstractionStaysAnAttack() {
        assertThat(types("Masked men carried out an attack on democracy activists in the port on Monday."))
                .contains("attack");
        assertThat(types("Gunmen carried out an assault on the newspaper's offices on Monday.")).contains("attack");
    }

    @Test
    void weaponsAndBuildingsNamedAfterAnEventAreNoEvent() {
        assertThat(types("Soldiers carrying assault rifles stood at the checkpoints on Monday.")).doesNotContain("attack");
        assertThat(types("Two attack helicopters circled over the valley on Monday.")).doesNotContain("attack");
        assertThat(types("Police sealed off the streets around the summit headquarters on Monday."))
                .doesNotContain("rally");
        assertThat(types("Spent shell cases littered the square on Monday morning.")).doesNotContain("attack");
    }

    @Test
    void anAssaultOrAShellingStaysAnAttack() {
        assertThat(types("An assault by armed men left the village burning on Monday.")).contains("attack");
        assertThat(types("Artillery shelled the eastern districts on Monday.")).contains("attack");
        assertThat(types("The shelling of the market went on through Monday night.")).contains("attack");
    }

    @Test
    void aSummitOfStatesIsNoRally() {
        assertThat(types("Ministers met on Thursday on the sidelines of an EU summit in the capital."))
                .doesNotContain("rally");
        assertThat(types("A summit of heads of state opened on Thursday in the capital.")).doesNotContain("rally");
        assertThat(types("Delegates arrived on Thursday for the climate summit by the sea.")).doesNotContain("rally");
    }

    @Test
    void aSummitOfSupportersStaysARally() {
        assertThat(types("Thousands of exiles attended the opposition's annual summit in Paris on Saturday."))
                .contains("rally");
    }

    @Test
    void aPlotOneIsChargedWithIsACharge() {
        assertThat(types("Two activists were accused on Monday of terrorism and plotting against the state."))
                .doesNotContain("attack");
        assertThat(types("The two brothers were convicted on Monday of plotting terrorism.")).doesNotContain("attack");
    }

    @Test
    void aFoiledPlotStaysAnAttack() {
        assertThat(types("Police said on Monday they had foiled a plot to bomb the ministry.")).contains("attack");
    }

    @Test
    void openingFireWhereDeathsAreToldIsTheKilling() {
        assertThat(types("Twelve people were killed on Friday when soldiers opened fire near the mine."))
                .contains("killing").doesNotContain("attack");
    }

    @Test
    void openingFireWithNoDeathToldStaysAnAttack() {
        assertThat(types("Soldiers opened fire near the mine on Friday, witnesses said.")).contains("attack");
    }

    @Test
    void anOrderToShootToKillKillsNoOne() {
        assertThat(types("The president said on Friday he had authorised troops to shoot to kill."))
                .doesNotContain("killing");
    }

    @Test
    void troopsWhoShotAndKilledKilled() {
        assertThat(types("Troops shot and killed two miners on Friday.")).contains("killing");
    }

    @Test
    void whatOftenHappensIsNoEvent() {
        assertThat(types("Public clinics in the province often suffer strikes by unpaid nurses."))
                .doesNotContain("protest");
    }

    @Test
    void aStrikeWithADateStaysAStrike() {
        Document dated = TestDocs.doc().paragraph("Nurses in the province went on strike on 3 March 2025, as they often do.")
                .date("3 March 2025", "2025-03-03", DatePrecision.DAY).build();
        assertThat(events(dated)).extracting(Event::type).contains("other");
    }

    @Test
    void roadsAndTrafficBlockedByActivistsAreAProtest() {
        assertThat(types("Climate activists blocked one of the busiest stretches of the orbital motorway on Monday."))
                .contains("protest");
        assertThat(types("Relatives of the missing blocked the coastal N-10 highway on Monday.")).contains("protest");
        assertThat(types("Activists snarled morning traffic across the city on Monday.")).contains("protest");
        assertThat(types("On Monday activists occupied four bridges over the river.")).contains("protest");
        assertThat(types("Six activists glued themselves to the tarmac on Monday.")).contains("protest");
    }

    @Test
    void roadsBlockedByPoliceOrWeatherOrBridgesHeldByTroopsAreNoProtest() {
        assertThat(types("Police blocked the main coastal highway on Monday ahead of the visit."))
                .doesNotContain("protest");
        assertThat(types("A landslide blocked traffic on the mountain road on Monday.")).doesNotContain("protest");
        assertThat(types("The regulator blocked foreign internet traffic on Monday.")).doesNotContain("protest");
        assertThat(types("Troops occupied the two bridges over the river on Monday.")).doesNotContain("protest");
        assertThat(types("A court on Monday barred the group from gluing themselves to roads."))
                .doesNotContain("protest");
    }

    @Test
    void aGuardWordInsideANameGuardsNothing() {
        assertThat(types("Members of Just Stop Coal protested outside the ministry on Monday.")).contains("protest");
        assertThat(types("Reporters Without Borders condemned the arrest of the editor on Monday."))
                .contains("arrest");
    }

    @Test
    void aGuardWordOutsideANameStillGuards() {
        assertThat(types("Students Were Not Arrested, the Ministry Says")).doesNotContain("arrest");
        assertThat(types("No Protests Were Held in the Capital on Monday")).doesNotContain("protest");
        assertThat(types("The Army did not arrest anyone on Monday.")).doesNotContain("arrest");
    }

    @Test
    void aDisciplinaryCaseForMurderIsACharge() {
        assertThat(types("The ministry has opened 40 disciplinary proceedings against officers, six of them for murder."))
                .doesNotContain("killing");
    }

    @Test
    void aMurderToldStaysAKilling() {
        assertThat(types("Two officers were suspended after the murder of a student on Monday.")).contains("killing");
    }

    @Test
    void aYearInBracketsAfterANameDatesNoEvent() {
        Document d = TestDocs.doc().published("2025-05-19")
                .paragraph("A colonel who served under President Ruiz (1990-1997) was detained at his farm.")
                .date("1990", "1990", DatePrecision.YEAR).date("1997", "1997", DatePrecision.YEAR).build();
        assertThat(events(d)).extracting(Event::type, Event::date).containsExactly(
                tuple("arrest", "2025-05-19"));
    }

    @Test
    void aYearInBracketsAfterAnotherDateStillDatesTheEvent() {
        Document d = TestDocs.doc().published("2025-05-19")
                .paragraph("The prisoners were executed in the summer of 1367 (1988), the group said.")
                .date("1988", "1988", DatePrecision.YEAR).build();
        assertThat(events(d)).extracting(Event::type, Event::date).contains(
                tuple("execution", "1988"));
    }

    @Test
    void glueAndTrafficBlockedTellTheProtest() {
        assertThat(types("Dozens of activists glued themselves onto the ring road on Monday morning.")).contains("protest");
        assertThat(types("They blocked morning rush-hour traffic for two hours on Monday.")).contains("protest");
    }

    @Test
    void aRaidByProsecutorsIsASearch() {
        assertThat(types("Prosecutors also raided the offices of the weekly on Friday.")).doesNotContain("attack");
        assertThat(types("Gunmen raided the village on Friday, witnesses said.")).contains("attack");
    }

    @Test
    void gasFiredOnADayIsThePolicingOfAProtest() {
        assertThat(types("Water cannon and tear gas were fired on Sunday to disperse striking dockers."))
                .contains("protest").doesNotContain("attack");
        assertThat(types("Soldiers fired on the dockers on Sunday, witnesses said.")).contains("attack");
    }
}
