package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An undated report marking the anniversary of an event named by its full day is written about
 * that day, years on: its year-less months count from there, not from the event's year. Invented
 * texts.
 */
class AnniversaryDayTest {

    @Test
    void theAnniversaryOfAFullDayAnchorsTheReport() {
        String text = "Flood survivors march in Port Avel\n\n"
                + "Hundreds of residents marched through Port Avel, marking the second anniversary of the"
                + " March 3, 2021 flood that swept away the lower town.\n\n"
                + "Several of the organisers were questioned by police in February, relatives said.";
        assertThat(DateTesting.mention(text, null, "February").value()).isEqualTo("2023-02");
    }

    @Test
    void aDayThatDoesNotFollowAnniversaryOfIsNotTheEvents() {
        // "on March 3, 2021" may be the anniversary's own day: it gives the report no later year
        String text = "Flood survivors march in Port Avel\n\n"
                + "Hundreds of residents marked the anniversary of the flood on March 3, 2021, marching"
                + " through the lower town.\n\n"
                + "Several of the organisers were questioned by police in February, relatives said.";
        assertThat(DateTesting.mention(text, null, "February").value()).isEqualTo("2021-02");
    }
}
