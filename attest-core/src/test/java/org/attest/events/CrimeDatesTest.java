package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The day of the act a sentence is handed down for ({@link CrimeDates}), round r2c (invented
 * sentences): "sentenced to death over a killing during protests on 4 May" dates the killing and
 * the protests, not the sentence, which takes the report's day.
 */
class CrimeDatesTest {

    @Test
    void theActsDayInTheOverPhraseDoesNotDateTheSentence() {
        String report = """
                Dockers sentenced

                A court in Corvan has sentenced two dockers to death over the killing of a guard during protests at the port on 4 May, the judiciary's news agency reported on Tuesday.
                """;
        var events = DatedReports.events(report, "2026-07-15");
        assertThat(DatedReports.datesOf(events, "death_sentence")).containsExactly("2026-07-14");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2026-05-04");
    }

    @Test
    void aSentenceOnItsOwnDayKeepsIt() {
        String report = """
                Dockers sentenced

                A court in Corvan on Monday sentenced two dockers to death for the killing of a guard during protests at the port on 4 May.
                """;
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-07-15"), "death_sentence"))
                .containsExactly("2026-07-13");
    }
}
