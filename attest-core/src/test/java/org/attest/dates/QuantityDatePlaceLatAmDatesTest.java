package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates of the round on Latin American, South Asian and European reports, with invented
 * sentences: "of that year" gives a year-less date the year the text told last; a future cue
 * inside a relative clause set off by commas does not make the weekday after it the coming one.
 * The round's other rules are in the other {@code QuantityDatePlaceLatAm*Test} classes.
 */
class QuantityDatePlaceLatAmDatesTest {

    @Test
    void ofThatYearTakesTheYearToldBefore() {
        String text = "The strike began in 2019 in many towns. The marches, which lasted until June 12 of that year, "
                + "are still remembered.";
        assertThat(DateTesting.mention(text, "2024-02-19", "June 12").value()).isEqualTo("2019-06-12");
    }

    @Test
    void aYearlessDateWithoutTheAnaphoraTakesTheLastOneBeforeTheReport() {
        String text = "The strike began in 2019 in many towns. The marches lasted until June 12, officials said.";
        assertThat(DateTesting.mention(text, "2024-02-19", "June 12").value()).isEqualTo("2023-06-12");
    }

    @Test
    void aFutureCueInACommaRelativeClauseDoesNotReachTheWeekday() {
        String text = "Clashes between police and farmers, who are calling for new subsidies, left 12 dead on Monday in Velia.";
        assertThat(DateTesting.mention(text, "2023-01-10", "Monday").value()).isEqualTo("2023-01-09");
    }

    @Test
    void aFutureCueInTheMainClauseStillMakesTheWeekdayTheComingOne() {
        String text = "Farmers, who were angry at the new tax, are calling for a march on Monday in Velia.";
        assertThat(DateTesting.mention(text, "2023-01-10", "Monday").value()).isEqualTo("2023-01-16");
    }
}
