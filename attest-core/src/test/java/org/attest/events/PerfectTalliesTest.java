package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Statements of round events96 (6 December 2026, invented sentences): an official's undated "said"
 * that sums up in the past perfect what had been done ("said 40 people had been detained since
 * January") is the official's own tally, a statement beside the events it counts, where the simple
 * past ("said 40 people were detained") only sources them; and an official's words the media carry
 * ("the agency quoted the governor as saying ...", "the governor was quoted by the agency as saying
 * ...") are a statement given out through the press; an event whose count the speaker is quoted for
 * ('said "a number of people" had been detained') is the statement alone (QuotedTallies).
 */
class PerfectTalliesTest {

    @Test
    void anOfficialsPastPerfectTallyIsAStatementBesideTheEvents() {
        assertThat(types("The governor of Varn province said that 40 people had been detained since the start of the year."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("The Liberty Front said on Monday the authorities had executed more than 300 prisoners in 2021."))
                .containsExactlyInAnyOrder("statement", "execution");
        assertThat(types("The security department of Lorn province said on Monday it had detained nine members of an armed cell."))
                .containsExactlyInAnyOrder("statement", "arrest");
    }

    @Test
    void theSimplePastSourcesAndOtherSpeakersOrCrowdsGiveNoTally() {
        assertThat(types("The Liberty Front said that 30 students were arrested in Tavor.")).containsExactly("arrest");
        assertThat(types("Activists said at least 50 people had been arrested in Tavor.")).containsExactly("arrest");
        assertThat(types("Police said 12 people had been detained near the depot.")).containsExactly("arrest");
    }

    @Test
    void anOfficialsWordsTheMediaCarryAreAStatement() {
        assertThat(types("The state news agency quoted the mayor of Tavor as saying that 14 people had been detained."))
                .contains("statement");
        assertThat(types("The governor of Varn province was quoted by the local news agency as saying that the polls would stay open late."))
                .containsExactly("statement");
        assertThat(types("State television quoted the Interior Minister as predicting a high turnout.")).contains("statement");
    }

    @Test
    void aCountInTheSpeakersQuotedWordsLeavesTheStatementAlone() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(types("The police chief of Tavor said on Monday that \"a handful of people\" had been detained but gave no figure."))
                .containsExactly("statement");
        assertThat(types("The deputy governor of Varn told state radio on Monday that \u201csome individuals\u201d had been arrested."))
                .containsExactly("statement");
        // a quote that is not the count leaves the arrest told in the report's own words
        assertThat(types("The governor of Varn said on Monday that \"foreign agents\" were to blame and that 23 people had been detained."))
                .containsExactlyInAnyOrder("statement", "arrest");
    }

    @Test
    void aBodyThatCondemnsAndSaysWhatWentOnForMonthsKeepsItsStatement() {
        assertThat(types("The Liberty Front condemned the raid and said that the regime had pressed the mayor for months to close the camp."))
                .containsExactly("statement");
    }
}
