package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round r185 (wire copy on unrest, invented sentences): the killing a court sentences someone for
 * is the charge, unless the sentence dates it; a body named for protests is no protest; shops told
 * "largely closed" tell the strike as "closed" does; a past passive clause after a call, and an
 * opening "Ahead of the vote," before the act, keep its weekday in the past; a prison term handed to
 * several people named at length is a penalty as a short one is.
 */
class JudgementsBodiesAndClosuresTest {

    @Test
    void theKillingACourtSentencesForIsTheCharge() {
        assertThat(TestDocs.types("A military court in Varn on Monday sentenced a sergeant to death by firing squad for killing two marchers."))
                .contains("death_sentence").doesNotContain("killing");
        assertThat(TestDocs.types("The tribunal convicted three guards for killing a prisoner, the ministry said."))
                .doesNotContain("killing");
    }

    @Test
    void aCrimeTheSentenceDatesStaysAnEvent() {
        assertThat(TestDocs.types("A court on Monday sentenced two farmers to death for the killing of a ranger during a raid in 2024."))
                .contains("death_sentence", "killing");
        assertThat(TestDocs.types("A court on Monday sentenced two farmers to death for killing a ranger in March."))
                .contains("death_sentence", "killing");
    }

    @Test
    void aKillingOneIsOnlyArrestedForIsLeftAlone() {
        assertThat(TestDocs.types("Police in Varn arrested a man for killing a shopkeeper on Monday."))
                .contains("arrest", "killing");
    }

    @Test
    void aBodyNamedForProtestsIsNoProtest() {
        assertThat(TestDocs.types("The accord was one that protest groups in the north rejected.")).doesNotContain("protest");
        assertThat(TestDocs.types("A protest group of teachers marched to the ministry on Monday.")).contains("protest");
    }

    @Test
    void shopsLargelyClosedTellTheStrike() {
        assertThat(TestDocs.types("Shops and offices were largely closed in the old town on Monday, residents said."))
                .contains("other");
        assertThat(TestDocs.types("Most stores in the market were mostly shut on Wednesday.")).contains("other");
        assertThat(TestDocs.types("Shops were largely closed by the police for the holiday on Monday.")).doesNotContain("other");
    }

    @Test
    void aPastPassiveClauseAfterACallKeepsItsWeekdayInThePast() {
        String report = """
                Student held

                The union called for the release of a student who was detained in Varn on Saturday after sharing a poem online.
                """;
        // written on Wednesday 15 July 2026: the Saturday before, not the coming one
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-07-15"), "arrest")).containsExactly("2026-07-11");
    }

    @Test
    void aCallForAPlannedDayStillLooksAhead() {
        String report = """
                March called

                The union called for a march that was scheduled on Saturday in Varn.
                """;
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-07-15"), "protest")).containsExactly("2026-07-18");
    }

    @Test
    void anOpeningLeadUpIsNoFutureCueForTheActAfterIt() {
        String report = """
                Ministers jailed

                Ahead of the referendum, a court in Varn on Monday sentenced two former ministers to 9 years in prison for fraud.
                """;
        // written on Wednesday 15 July 2026: the Monday before, not the coming one
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-07-15"), "other")).containsExactly("2026-07-13");
    }

    @Test
    void aDayInsideTheOpeningIsStillTheLandmarksAndAhead() {
        String report = """
                Vote near

                Ahead of the referendum on Sunday, the party will hold a rally in Varn.
                """;
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-07-15"), "election")).containsExactly("2026-07-19");
    }

    @Test
    void aTermHandedToSeveralNamedPeopleIsAPenalty() {
        assertThat(TestDocs.types("A court in Varn on Monday sentenced three union leaders, Ida Rusk, Omer Tal and Pia Brand, to 7, 5 and 4 years in prison respectively for incitement."))
                .contains("other");
        assertThat(TestDocs.types("The leaders whom a military court sentenced on charges the group calls absurd and politically motivated now risk ten more years in jail."))
                .doesNotContain("other");
    }
}
