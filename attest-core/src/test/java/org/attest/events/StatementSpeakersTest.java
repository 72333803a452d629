package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round stmt50 (6 December 2026, invented sentences): which speakers' words are a statement
 * reported as news. A body that speaks for many (a confederation, a city, a rights group, an
 * organisation) makes a statement as a ministry or a union does; the people in a crowd only tell
 * what they saw.
 */
class StatementSpeakersTest {

    @Test
    void aBodyThatSpeaksForManyMakesAStatement() {
        assertThat(types("The confederation said on Monday its members would stay off work until the talks resumed."))
                .containsExactly("statement");
        assertThat(types("The city said on Monday it would open four more night shelters before the frost."))
                .containsExactly("statement");
        assertThat(types("Local rights groups said on Monday the new decree broke the constitution.")).containsExactly("statement");
    }

    @Test
    void aGroupOfPeopleInTheCrowdOnlyTellsWhatTheySaw() {
        assertThat(types("A group of students said the gates had been locked since noon.")).isEmpty();
    }

    @Test
    void theCityAForceStandsInGivesItNoOfficialsTitle() {
        assertThat(types("Riot police in the old city said the square was quiet by midnight.")).isEmpty();
    }

    @Test
    void officialsNamedByWhomTheySpeakForMakeAStatement() {
        assertThat(types("Customs officials warned that the new tariff schedule had been leaked."))
                .containsExactly("statement");
        assertThat(types("Dockers' leaders said the offer was \"an insult\" and would be put to a vote."))
                .containsExactly("statement");
    }

    @Test
    void bareOfficialsAndAPlainAccountStaySources() {
        assertThat(types("Officials said the bridge would stay shut for repairs.")).isEmpty();
        // a plain account of facts, with no stand taken and no words quoted, only sources them
        assertThat(types("Railway officials said the night trains had run on time.")).isEmpty();
    }

    @Test
    void aStandAnOfficialTakesAgainAndAgainIsAStatement() {
        assertThat(types("Moldovan officials have repeatedly warned that any journalist is held to the press law."))
                .containsExactly("statement");
        assertThat(types("Harbour officials had previously insisted that the cranes were safe.")).containsExactly("statement");
    }

    @Test
    void aPracticeToldAsAHabitStaysNoEvent() {
        assertThat(types("Students have repeatedly protested outside the faculty over fees.")).isEmpty();
    }

    @Test
    void aSpokespersonForANamedBodySpeaksForIt() {
        assertThat(types("A spokesperson for the Finnish Foreign Ministry said the ambassador had been recalled for talks."))
                .containsExactly("statement");
        assertThat(types("A spokesman for the port authority said the cranes would be idle until Monday.")).isEmpty();
    }

    @Test
    void anOpeningQuestionPutToTheSpeakerLeavesItTheSubject() {
        assertThat(types("Asked about the ruling, a European Commission spokesperson said the bloc was studying it closely."))
                .containsExactly("statement");
        assertThat(types("Contacted by phone, a Labour Ministry spokeswoman said the talks would go on.")).containsExactly("statement");
    }

    @Test
    void aNameSpokenOfAsAThingIsABodySpeaking() {
        assertThat(types("Northwind Grain Exchange, which handles most of the region's wheat, said on Monday trading would stop at noon."))
                .containsExactly("statement");
        assertThat(types("Calder Freight Lines, a haulage body, said on Monday its drivers would not cross the picket."))
                .containsExactly("statement");
    }

    @Test
    void aPersonNamedWithWhoStaysASource() {
        assertThat(types("Mara Lindqvist, who runs a bakery near the square, said the shutters came down at noon.")).isEmpty();
    }
}
