package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A statistic that breaks down a count the report has told (share, average, rate, cause) tells
 * the same events again ({@link Breakdowns}); more events, a day of their own or a first mention
 * stay news. All sentences are invented for these tests.
 */
class StatisticBreakdownTest {

    private static final String COUNT = "A rights group says at least 90 prisoners were hanged in Morvania in March.";

    private static Document afterCount(String sentence) {
        return TestDocs.doc().published("2025-04-03").paragraph(COUNT, sentence)
                .date("March", "2025-03", DatePrecision.MONTH).build();
    }

    @Test
    void anAverageOfToldExecutionsIsNoNewEvent() {
        assertThat(TestDocs.sentencesOf(afterCount("The group counted an average of three executions per day."), "execution"))
                .containsExactly(COUNT);
    }

    @Test
    void aShareOfToldExecutionsIsNoNewEvent() {
        assertThat(TestDocs.sentencesOf(afterCount("Among the 90 executed, 8 were foreign nationals."), "execution"))
                .containsExactly(COUNT);
        assertThat(TestDocs.sentencesOf(afterCount("Of those executed, 11 came from the southern provinces."), "execution"))
                .containsExactly(COUNT);
    }

    @Test
    void aPercentageOrACauseOfToldExecutionsIsNoNewEvent() {
        assertThat(TestDocs.sentencesOf(afterCount("Only 5 executions (6%) were acknowledged by state television."), "execution"))
                .containsExactly(COUNT);
        assertThat(TestDocs.sentencesOf(afterCount("Most executions were linked to drug offences."), "execution"))
                .containsExactly(COUNT);
    }

    @Test
    void moreExecutionsOrADayOfTheirOwnAreNews() {
        Document more = TestDocs.doc().published("2025-04-03").paragraph(COUNT,
                "Three more prisoners were hanged on average every week in April.")
                .date("March", "2025-03", DatePrecision.MONTH).date("April", "2025-04", DatePrecision.MONTH).build();
        assertThat(TestDocs.sentencesOf(more, "execution")).hasSize(2);
        Document day = TestDocs.doc().published("2025-04-03").paragraph(COUNT,
                "Among them, two brothers were hanged on 30 March in Dorsk.")
                .date("March", "2025-03", DatePrecision.MONTH).date("30 March", "2025-03-30", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(day, "execution")).hasSize(2);
    }

    @Test
    void aStatisticToldFirstIsAnEvent() {
        Document d = TestDocs.doc().published("2025-04-03").paragraph(
                "Officials carried out an average of three executions per day in March.")
                .date("March", "2025-03", DatePrecision.MONTH).build();
        assertThat(TestDocs.sentencesOf(d, "execution")).hasSize(1);
    }
}
