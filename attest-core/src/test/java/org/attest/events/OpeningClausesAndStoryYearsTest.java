package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch ev2c: a date inside a clause of time that opens the sentence ("When the port withdrew its
 * offer on 9 October, dockers marched") dates the main clause's acts, even when the clause's verb
 * is one of speech; a day written without its year right after a day of another year, within a
 * fortnight of it, is of that year ("erupted on 15 November 2019 ... on 17 November police
 * arrested"). Invented reports.
 */
class OpeningClausesAndStoryYearsTest {
    @Test
    void aDateInAnOpeningWhenClauseOfSpeechDatesTheMainClause() {
        String text = "Students in Valtra\n\n"
                + "Soldiers fired on a bus near Valtra on 6 October, killing four passengers. "
                + "When the ministry admitted the shooting two days later, students gathered outside Valtra University.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).containsExactly("2025-10-08");
    }

    @Test
    void aYearlessDayRightAfterADayOfAnotherYearIsOfThatYear() {
        String text = "Protests remembered in Valtra\n\n"
                + "The protests erupted on 15 November 2019, after fuel prices rose. Within two days they had spread "
                + "to forty towns, and on 17 November police arrested 300 people in Valtra.";
        assertThat(datesOf(events(text, "2020-11-20"), "arrest")).containsExactly("2019-11-17");
    }

    @Test
    void aYearlessDayInAnotherParagraphKeepsTheYearOfWriting() {
        String text = "Protests remembered in Valtra\n\n"
                + "The protests erupted on 15 November 2019, after fuel prices rose.\n\n"
                + "On 17 November police arrested 30 people in Valtra who had gathered to remember them.";
        assertThat(datesOf(events(text, "2020-11-20"), "arrest")).containsExactly("2020-11-17");
    }
}
