package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167, dates of happenings told beside others: a day a vote is put off to ("voted to delay
 * the election to Dec. 15", written in February) lies ahead of the putting off, however near the
 * last such day would be; a year-less month in a "when" clause on a year-named noun ("the 2019
 * protests, when ... in October") is of that year; an opening "After the 2018 election," gives its
 * year to the acts of the sentence that nothing else dates, rather than a later day of the report.
 * Invented reports; 2024-02-10 is a Saturday.
 */
class PutOffAndEarlierYearsTest {
    private static final String PUBLISHED = "2024-02-10";

    @Test
    void aDayAVoteIsDelayedToIsTheComingOne() {
        String text = "Vote put off in Marava\n\n"
                + "Lawmakers in Marava voted on Monday to delay the presidential election to Dec. 20.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).containsExactly("2024-12-20");
    }

    @Test
    void aMonthAVoteIsPostponedToIsTheComingOne() {
        String text = "Vote put off in Marava\n\n"
                + "The council voted on Monday to postpone the local elections to December.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).containsExactly("2024-12");
    }

    @Test
    void aRecentDayWithoutADelayStaysInThePast() {
        String text = "Results in Marava\n\n"
                + "Officials said the ruling party won most seats in the election held on Dec. 20.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).doesNotContain("2024-12-20");
    }

    @Test
    void aMonthInAWhenClauseOnAYearNamedNounIsOfThatYear() {
        String text = "Teachers march in Marava\n\n"
                + "Thousands of teachers marched in Marava on Wednesday.\n\n"
                + "Pay also dominated the 2019 protests, when half a million people marched in the capital in October.";
        assertThat(datesOf(events(text, PUBLISHED), "protest")).contains("2019-10").doesNotContain("2023-10");
    }

    @Test
    void aMonthAfterAYearNamedNounWithoutWhenKeepsItsOwnYear() {
        String text = "Teachers march in Marava\n\n"
                + "Thousands of teachers marched in Marava on Wednesday.\n\n"
                + "Unions recalled the 2019 protests and said nurses marched in the capital in October.";
        assertThat(datesOf(events(text, PUBLISHED), "protest")).doesNotContain("2019-10");
    }

    @Test
    void anOpeningAfterTheYearElectionDatesTheActsOfItsSentence() {
        String text = "Results rejected in Marava\n\n"
                + "The opposition in Marava rejected the results of last week's election on Friday.\n\n"
                + "After the disputed 2018 election, troops opened fire on opposition supporters protesting in the "
                + "capital, killing four people.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).containsExactly("2018");
    }

    @Test
    void anActWithADayOfItsOwnKeepsItAfterTheOpening() {
        String text = "Results rejected in Marava\n\n"
                + "After the 2018 election, troops opened fire on opposition supporters on Friday, killing four people.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).containsExactly("2024-02-09");
    }

    @Test
    void aYearFurtherInTheSentenceDatesOnlyItsNoun() {
        String text = "Results rejected in Marava\n\n"
                + "The opposition in Marava rejected the results on Friday.\n\n"
                + "Troops opened fire on opposition supporters near the capital after the disputed 2018 election, "
                + "killing four people, the group said on Friday.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).doesNotContain("2018");
    }
}
