package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * An undated report that looks ahead to a day later than every year it tells ("will not vote on
 * May 14, 2028" beside "in the 2019 election") is written in the weeks before that day: its
 * year-less days are of that year, and its undated news of that day's month, not of the history.
 */
class AheadDayOfUndatedReportTest {
    private static final String TEXT = "Teachers said they would not vote in the election on May 14, 2028.\n\n"
            + "Crowds chanted slogans outside the ministry.\n\n"
            + "In the 2019 election, turnout was officially 60 percent.\n\n"
            + "A larger march is planned for May 10, organisers said.\n\n"
            + "Nurses staged a sit-in on Monday.";

    private static Span spanOf(String sentence) {
        int s = TEXT.indexOf(sentence);
        return new Span(s, s + sentence.length());
    }

    @Test
    void aYearlessDayTakesTheYearOfTheDayAheadNotOfTheHistory() {
        assertThat(DateTesting.mention(TEXT, null, "May 10").value()).isEqualTo("2028-05-10");
    }

    @Test
    void undatedNewsIsOfTheMonthOfTheDayAhead() {
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(TEXT, null));
        ResolvedDate d = DateResolver.of(doc).outside(spanOf("Nurses staged a sit-in on Monday."));
        assertThat(d).isEqualTo(new ResolvedDate("2028-05", DatePrecision.MONTH, "ahead-month"));
    }

    @Test
    void aDayAheadNoLaterThanTheToldYearsChangesNothing() {
        String text = "Teachers said they would not vote in the election on May 14, 2019.\n\n"
                + "In the 2021 election, turnout was officially 60 percent.\n\n"
                + "Nurses staged a sit-in on Monday.";
        Document doc = DateTesting.STAGE.apply(DateTesting.doc(text, null));
        int s = text.indexOf("Nurses");
        ResolvedDate d = DateResolver.of(doc).outside(new Span(s, text.length()));
        assertThat(d == null || !"ahead-month".equals(d.source())).isTrue();
    }
}
