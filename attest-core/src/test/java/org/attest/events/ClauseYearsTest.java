package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch events62: a year or month told inside a clause of "that"/"who" after an event is the
 * clause's time, not the event's. Invented reports; 2025-10-15 is a Wednesday.
 */
class ClauseYearsTest {
    @Test
    void aYearInAClauseAboutWhatWasDemandedDoesNotDateTheMarch() {
        String text = "Nurses march in Valtra\n\n"
                + "Nurses marched in Valtra and Kessel on Tuesday.\n\n"
                + "Nurses marched in Valtra, local radio said, demanding bonuses that they say were promised in 2021.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).containsOnly("2025-10-14");
    }

    @Test
    void aYearInAClauseAboutTheVictimGivesTheSentenceNoSecondDate() {
        String text = "Court in Valtra\n\n"
                + "A court in Valtra on Monday sentenced a guard to death over the beating of a porter who refused "
                + "to hand over his wages at a gate in 2022.";
        assertThat(datesOf(events(text, "2025-10-15"), "death_sentence")).containsExactly("2025-10-13");
    }

    @Test
    void aDayAtTheEndOfSuchAClauseStillDatesTheEvent() {
        String text = "Arrests in Valtra\n\n"
                + "Police in Valtra detained four students who were handing out leaflets on Monday.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).containsExactly("2025-10-13");
    }

    @Test
    void aClauseTellingHowTheStrikeBeganDatesIt() {
        String text = "Strike in Valtra\n\n"
                + "Dock workers joined the national strike on fuel prices which started in May.";
        assertThat(datesOf(events(text, "2025-10-15"), "other")).containsExactly("2025-05");
    }

    @Test
    void aYearOutsideAnyClauseStillDatesTheEvent() {
        String text = "Strikes in Valtra\n\n"
                + "Dock workers in Valtra marched for higher pay in 2021, and the port shut for a week.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).contains("2021");
    }

    @Test
    void aYearInAClauseSetOffByACommaDatesNoStatementBeforeIt() {
        String text = "Verdict in Valtra\n\n"
                + "A court in Valtra jailed a former guard for life on Tuesday.\n\n"
                + "In a statement issued in Kessel, the opposition council said the verdict opens the way to the trial "
                + "of Dorn Vasek, who sat on the prison board in 1998.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).isNotEmpty().doesNotContain("1998");
    }

    @Test
    void aMonthInAClauseOnTheSubjectDatesTheClauseNotTheMainVerb() {
        String text = "Dockers in Kest walked out on Monday.\n\n"
                + "In Velmar, three tram drivers who organized a strike in August were each sentenced to a year in prison "
                + "and banned from union work.";
        List<Event> events = events(text, "2025-10-15");
        // the strike and the ban are both `other`: told apart by their triggers
        assertThat(events).filteredOn(e -> e.trigger().equals("other:=strike")).extracting(Event::date).containsExactly("2025-08");
        assertThat(events).filteredOn(e -> e.type().equals("other") && !e.trigger().equals("other:=strike"))
                .extracting(Event::date).isNotEmpty().doesNotContain("2025-08");
    }

    @Test
    void theYearOfAnActsBackgroundDatesNoLaterSentence() {
        String text = "Dockers in Kest walked out on Monday.\n\n"
                + "The court in Velmar announced that five men had been sentenced to prison for their role in the 2023 protests. "
                + "The Velmar Bar Association said the trials were \"grossly unfair\".";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).isNotEmpty().doesNotContain("2023");
    }

    @Test
    void thatAfterAPrepositionPointsAtANounAndOpensNoClause() {
        String text = "Press law in Valtra\n\n"
                + "Earlier this year, parliament passed a press law that drew months of protests. "
                + "Tens of thousands marched against that law in May, when the assembly overrode the veto.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).contains("2025-05");
    }
}
