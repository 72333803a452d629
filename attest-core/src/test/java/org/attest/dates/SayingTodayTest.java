package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/**
 * Round r181 (invented sentences): "the group said today" dates the report's words, not its story, so
 * "that day" after it counts from the day the text told before the saying.
 */
class SayingTodayTest {

    @Test
    void thatDayAfterSaidTodayIsTheDayToldBeforeTheSaying() {
        String text = "Police have detained dozens of men in Velm ahead of the anniversary of the March 2, 2021 "
                + "shootings, the monitor said today.\n\nOn that day, troops fired on a funeral procession in the town.";
        assertThat(DateTesting.mention(text, "2024-03-02", "that day").value()).isEqualTo("2021-03-02");
    }

    @Test
    void aDayOfTheStoryStillCountsWhenItIsTheReportsDay() {
        // a day the story happened on, not one a speech verb gives, is the day "that day" counts from
        String text = "Troops fired on a funeral procession in Velm today.\n\nOn that day, ten men were detained.";
        assertThat(DateTesting.mention(text, "2024-03-02", "that day").value()).isEqualTo("2024-03-02");
        // and a saying dated before the report's day may be the story's own time
        String earlier = "The governor said on February 27 that the curfew would end.\n\nThat day, shops reopened.";
        assertThat(DateTesting.mention(earlier, "2024-03-02", "That day").value()).isEqualTo("2024-02-27");
    }
}
