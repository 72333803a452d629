package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Statements dated by the day they were made, round stmt28 (6 December 2026, invented sentences):
 * a speaker whose words the report dates right after the verb ("said on Sunday that ...") makes a
 * statement beside the events the words tell; an undated "said" only sources them.
 */
class DatedSpeechTest {

    @Test
    void aDatedSayingStaysBesideTheCountItGives() {
        assertThat(types("The transport ministry said on Monday that 41 dockers had been detained in the harbour raids."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("Harbour Mayor Tomas Brel said Thursday that about 60 pickets had been arrested at the gates."))
                .containsExactlyInAnyOrder("statement", "arrest");
        // undated and in the simple past, the ministry only sources the arrests (a past-perfect tally is a
        // statement of its own since events96: PerfectTalliesTest)
        assertThat(types("The transport ministry said 41 dockers were detained in the harbour raids."))
                .containsExactly("arrest");
    }

    @Test
    void lastWeekOrEarlierThisMonthDatesTheSayingToo() {
        // events80: a speech dated by a stretch after "last" or "this" is news as one dated by its day
        assertThat(types("The transport ministry said last week that 41 dockers had been detained in the harbour raids."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("Port Governor Ilse Maren said earlier this month that about 60 pickets had been arrested at the gates."))
                .containsExactlyInAnyOrder("statement", "arrest");
        // the week of what the words tell is no speech's: the ministry only sources the arrests
        assertThat(types("The transport ministry said 41 dockers were detained in raids this week."))
                .containsExactly("arrest");
    }

    @Test
    void aDayInAWhoseClauseAboutTheSpeakerIsNotTheSpeechs() {
        // events80: "whose" opens a clause about the speaker as "who" does
        List<Event> events = DatedReports.events("""
                Port strike goes on

                Mayor Ilse Maren, whose term ends this month, said on Saturday that she would not step down.
                """, "2026-03-16");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-14");
    }

    @Test
    void aLongClauseAboutTheSpeakerStillLeavesTheSpeakerSpeaking() {
        // events80: an appositive of up to sixteen words is read through, as a shorter one is
        assertThat(types("Port Governor Ilse Maren, who has called the strike an attempt at a takeover paid for from abroad, "
                + "said on Saturday that she would not give in.")).contains("statement");
    }

    @Test
    void aSettingMayStandBetweenTheVerbAndItsDay() {
        assertThat(types("The deputy governor, Ilse Maren, said in a televised address late on Friday that 19 looters had been detained."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("Fisheries Minister Oren Daly told reporters in Velmar on Tuesday that nine trawlers had been seized."))
                .contains("statement");
    }

    @Test
    void aDayOfWhatTheWordsTellIsNoSpeechDay() {
        // the Sunday is the march's, not the union's words'
        assertThat(types("The dockers' union said it would march through the old town on Sunday.")).doesNotContain("statement");
        // a force's plain account stays a source, dated or not
        assertThat(types("Police said on Monday that 30 pickets had been arrested at the gates.")).containsExactly("arrest");
    }

    @Test
    void aBareNameWhoseWordsAreDatedSpeaks() {
        assertThat(types("Varnholt said on Saturday that the reform would go ahead despite the strikes in the ports."))
                .contains("statement");
        // undated, a bare name is the speaker quoted again
        assertThat(types("Varnholt said the reform would go ahead.")).doesNotContain("statement");
        // witnesses are no speakers of news, dated or not
        assertThat(types("Witnesses said on Saturday that the square was calm.")).doesNotContain("statement");
    }

    @Test
    void theStatementTakesTheDayItWasMade() {
        List<Event> events = DatedReports.events("""
                Dock strike spreads

                The labour ministry said on Tuesday that 52 strikers had been detained during Monday's march in Velmar.
                """, "2026-03-12");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-10");
        assertThat(DatedReports.datesOf(events, "arrest")).containsExactly("2026-03-09");
    }

    @Test
    void aStatementGivenOutThatOpensTheSentenceStaysBesideWhatItTells() {
        assertThat(types("The rebel council said in a statement that government jets had bombed two villages near the dam."))
                .containsExactlyInAnyOrder("statement", "attack");
        // closing the sentence, the frame only says who reports the bombing
        assertThat(types("Government jets bombed two villages near the dam, the rebel council said in a statement."))
                .containsExactly("attack");
    }
}
