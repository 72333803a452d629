package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date220: a statement told in the past tense was made by the day of writing, whatever later
 * day its sentence names (SpokenBeforeWriting); a day after the day of writing that a call asks
 * people to act on is the day asked for (future-cues.txt, "to boycott", "to shut their").
 * Invented reports; 2024-05-08 is a Wednesday.
 */
class SayingsBeforeWritingTest {
    private static final String PUBLISHED = "2024-05-08";

    @Test
    void aPastStatementOfAPlanForNextWeekIsOfTheDayItWasMade() {
        List<Event> events = events("Dockers in Corvan\n\n"
                + "Dockers in Corvan stopped work on Tuesday over unpaid wages.\n\n"
                + "The harbour federation declared the stoppage a victory and announced four further days of action next week.",
                PUBLISHED);
        assertThat(datesOf(events, "statement")).containsExactly("2024-05-07");
    }

    @Test
    void aStatementInThePresentIsLeftToItsOwnRules() {
        List<Event> events = events("Dockers in Corvan\n\n"
                + "Federation chair Ilsa Moran says its members will resume talks next week.", PUBLISHED);
        assertThat(datesOf(events, "statement")).containsExactly("2024-05-08");
    }

    @Test
    void aDayAfterTheWritingThatACallAsksPeopleToBoycottOnIsTheDayAskedFor() {
        List<Event> events = events("Teachers in Corvan\n\n"
                + "Teachers in Corvan walked out of two schools on Monday.\n\n"
                + "The teachers' council called on parents to boycott the district offices on May 20, citing the pay freeze.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-20");
    }

    @Test
    void aDayAfterTheWritingThatACallAsksShopsToShutOnIsTheDayAskedFor() {
        List<Event> events = events("Traders in Corvan\n\n"
                + "Traders in Corvan marched to the town hall on Monday.\n\n"
                + "The market guild called on traders across the valley to close their shops on May 15.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-15");
    }

    @Test
    void anActThePresentPerfectTellsAsDoneIsNotOfTheMonthItsSentenceLooksAheadTo() {
        List<Event> events = events("Reporters in Corvan\n\n"
                + "The press guild has launched an online campaign for a shield law and called for a congress of editors next month.",
                PUBLISHED);
        assertThat(datesOf(events, "online_campaign")).containsExactly("2024-05-08");
    }

    @Test
    void aSayingInThePresentOrByItsMediumIsNotDatedByTheDayItAnnounces() {
        List<Event> events = events("Dockers in Corvan\n\n"
                + "Dockers in Corvan walked out on Monday.\n\n"
                + "The harbour federation says in a statement that its members will resume talks next week.", PUBLISHED);
        assertThat(datesOf(events, "statement")).containsExactly("2024-05-06");
        // a saying still to come keeps its day
        List<Event> ahead = events("Dockers in Corvan\n\n"
                + "The harbour federation will issue a statement on the talks next Tuesday.", PUBLISHED);
        assertThat(datesOf(ahead, "statement")).isNotEmpty().allMatch(d -> d.compareTo(PUBLISHED) > 0);
        // a "to" that sets nothing ahead leaves the saying of the day of writing at the latest
        List<Event> replying = events("Dockers in Corvan\n\n"
                + "Dockers in Corvan walked out on Monday.\n\n"
                + "Replying to the walkout, the harbour federation says in a statement that talks resume next week.", PUBLISHED);
        assertThat(datesOf(replying, "statement")).isNotEmpty().allMatch(d -> d.compareTo(PUBLISHED) <= 0);
    }
}
