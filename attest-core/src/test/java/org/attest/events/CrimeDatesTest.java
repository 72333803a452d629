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

    @Test
    void aYearBeforeTheCrimesNounDatesItAsAHappening() {
        // round type221: "for the 2021 killing of" dates the crime as "for the killing of ... in 2021" does
        String report = """
                Ferryman sentenced

                A judge in Corvan on Monday sentenced a ferryman to death for the 2021 killings of two fishermen on the river.
                """;
        var events = DatedReports.events(report, "2026-07-15");
        assertThat(DatedReports.datesOf(events, "death_sentence")).containsExactly("2026-07-13");
        assertThat(DatedReports.datesOf(events, "killing")).containsExactly("2021");
    }

    @Test
    void aCrimeWithNoDateOfItsOwnStaysTheCharge() {
        String report = """
                Ferryman sentenced

                A judge in Corvan on Monday sentenced a ferryman to death for the killings of two fishermen on the river.
                """;
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-07-15"), "killing")).isEmpty();
    }
}
