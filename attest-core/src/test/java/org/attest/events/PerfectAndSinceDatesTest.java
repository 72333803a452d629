package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round evdates20: dates of events told in the present perfect and of stretches "since" a day.
 * The dates and events stages run over invented reports. 2025-09-17 is a Wednesday.
 */
class PerfectAndSinceDatesTest {
    @Test
    void theVerbsOfAWhenClauseAfterSinceAreOfItsDay() {
        String text = "Unrest in Valtra\n\n"
                + "Police fired on marchers in Valtra on Tuesday, medics said.\n\n"
                + "The country has been in turmoil since August 3 when the army seized power and detained the prime minister.";
        assertThat(datesOf(events(text, "2025-09-17"), "arrest")).containsExactly("2025-08-03");
    }

    @Test
    void aStretchInThePerfectBeganOnItsSinceClausesDate() {
        String text = "Unrest in Valtra\n\n"
                + "Police fired on marchers in Valtra on Tuesday, medics said.\n\n"
                + "Protests have swept the province since a student, a 20-year-old from the coast, died in custody in July.";
        assertThat(datesOf(events(text, "2025-09-17"), "protest")).contains("2025-07");
    }

    @Test
    void aStretchSinceADatedElectionBeganOnItsDay() {
        String text = "Unrest in Valtra\n\n"
                + "Police detained dozens of marchers in Valtra on Tuesday, witnesses said.\n\n"
                + "The republic has been shaken by mass protests and strikes since the July 6 presidential election.";
        assertThat(datesOf(events(text, "2025-09-17"), "protest")).contains("2025-07-06");
    }

    @Test
    void aPastClauseWithARelativeInThePerfectKeepsItsOwnDate() {
        // the arrests are simple past: the unrest's "since" clause does not date them
        String text = "Unrest in Valtra\n\n"
                + "Riot police stormed the square on Monday.\n\n"
                + "Police also arrested two reporters covering the unrest that has shaken the town since the mine closed on July 12.";
        assertThat(datesOf(events(text, "2025-09-17"), "arrest")).isNotEmpty().doesNotContain("2025-07-12");
    }

    @Test
    void aSinceDateFarAfterAHitBoundsItsOwnClauseOnly() {
        String text = "Arrests in Valtra\n\n"
                + "Police in Valtra have arrested more than 30 people after relatives tried to march to the palace to demand "
                + "the release of hundreds of students held in custody since 2019.";
        // "in custody since 2019" is an arrest of 2019; the arrests the lead tells are of the day of writing
        assertThat(datesOf(events(text, "2025-09-17"), "arrest")).contains("2025-09-17");
    }

    @Test
    void aLeadInThePresentPerfectIsOfTheDayOfWriting() {
        // the lead tells no day; the next paragraph's Monday is the rally the arrests followed
        String text = "Arrests in Valtra\n\n"
                + "Police in Valtra have arrested more than 60 people who staged a sit-in outside the ministry.\n\n"
                + "Tens of thousands of people marched through the capital on Monday.";
        assertThat(datesOf(events(text, "2025-09-17"), "arrest")).containsExactly("2025-09-17");
        String past = "Arrests in Valtra\n\n"
                + "Police in Valtra arrested more than 60 people who staged a sit-in outside the ministry.\n\n"
                + "Tens of thousands of people marched through the capital on Monday.";
        assertThat(datesOf(events(past, "2025-09-17"), "arrest")).containsExactly("2025-09-15");
    }

    @Test
    void aReportingVerbInThePresentPerfectMakesNoPresentPerfectSentence() {
        // "the group has announced that 12 protesters were killed": only the saying is of the day of writing
        assertThat(perfect("The rights group has announced that 12 protesters were killed in the crackdown.")).isFalse();
        assertThat(perfect("Police have arrested 12 protesters in the port.")).isTrue();
    }

    private static final EventLexicon LEXICON = EventLexicon.load();

    /** {@link PresentPerfect#inSentence} over the trigger hits of a one-sentence text. */
    private static boolean perfect(String sentence) {
        List<Token> tokens = new Tokenizer(sentence, LEXICON).tokenize(new org.attest.model.Span(0, sentence.length()));
        List<Hit> hits = new TriggerPass().find(new SentenceContext(new org.attest.model.Span(0, sentence.length()), tokens, false));
        return PresentPerfect.inSentence(tokens, hits, LEXICON);
    }
}
