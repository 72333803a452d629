package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date201: a date after "from" right after the noun of a thing made or posted ("comments
 * from 2019", "a video from last year") says which comments are meant; it dates neither the
 * sentence's events, which keep the day the sentence gives them, nor the undated sentences after
 * it. Invented reports; 2024-05-08 is a Wednesday.
 */
class MadeThingDatesTest {
    private static final String PUBLISHED = "2024-05-08";

    @Test
    void aYearAfterPostsFromDatesThePostsNotTheSentence() {
        List<Event> events = events("Blogger jailed in Corvan\n\n"
                + "A judge in Corvan sentenced the blogger Ana Teral to four years in prison on Monday"
                + " over online comments from 2019 that mocked the governor.", PUBLISHED);
        assertThat(datesOf(events, "other")).containsExactly("2024-05-06");
    }

    @Test
    void aYearOfPostsIsNoTimeOfTheUndatedSentenceAfterIt() {
        List<Event> events = events("Courts in the north\n\n"
                + "- A judge in Corvan sentenced the blogger Ana Teral to four years in prison on Monday over online comments from 2019.\n"
                + "- In Lestra, a second judge sentenced two poets to a year in prison each.", PUBLISHED);
        assertThat(datesOf(events, "other")).doesNotContain("2019");
    }
}
