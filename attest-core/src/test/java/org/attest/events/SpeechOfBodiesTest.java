package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round stmt25 (5 December 2026, invented sentences): statements of bodies and officials that were
 * missed (promises, defences, congratulations, apologies, letters, joint statements; rapporteurs,
 * missions, directorates, federations; a speaker after ", and" / ", but"; a speech verb joined by
 * "and" to the speaker's first verb; a demand closed by the body that makes it) and the day of a
 * statement told in the present tense. 2025-09-17 is a Wednesday.
 */
class SpeechOfBodiesTest {

    @Test
    void promisesDefencesCongratulationsAndApologiesOfOfficialsAreStatements() {
        assertThat(types("The finance minister has promised to halve the levy on cooking gas.")).containsExactly("statement");
        assertThat(types("The labour minister defended the new levy, saying it would pay for rural clinics."))
                .containsExactly("statement");
        assertThat(types("The outgoing governor congratulated her rival late on Sunday.")).containsExactly("statement");
        assertThat(types("The regional police chief apologised for the long delay at the checkpoints.")).containsExactly("statement");
    }

    @Test
    void lettersAndJointStatementsOfBodiesAreStatements() {
        assertThat(types("The teachers' union has written to the education minister asking for talks on pay."))
                .containsExactly("statement");
        assertThat(types("The two embassies issued a joint statement on the talks.")).containsExactly("statement");
    }

    @Test
    void aPromiseOfAResidentOrADefenceWithoutSayingIsNone() {
        assertThat(types("A resident promised to rebuild the bakery by the spring.")).isEmpty();
        assertThat(types("The governor defended her budget in a long interview.")).isEmpty();
    }

    @Test
    void rapporteursMissionsDirectoratesAndFederationsSpeakOfficially() {
        assertThat(types("The UN special rapporteur on housing said on Monday that the new rules were unfair."))
                .containsExactly("statement");
        assertThat(types("The observer mission said on Monday its teams had visited 300 sites.")).containsExactly("statement");
        assertThat(types("The national prisons directorate said on Monday all inmates were under medical care.")).containsExactly("statement");
        assertThat(types("The two largest teachers' federations said on Monday the new contract was unfair.")).containsExactly("statement");
    }

    @Test
    void aBodyAfterAndOrButOpensAClauseOfItsOwn() {
        assertThat(types("Many drivers said the fuel ran out at noon, and a consumer group, the Orvan Centre for Fair Prices, "
                + "said on Monday it had logged 900 complaints.")).containsExactly("statement");
        assertThat(types("The ministry offered a one-off bonus to the drivers, but the unions rejected it on Tuesday, "
                + "saying it was too small.")).containsExactly("statement");
        assertThat(types("Many drivers said the fuel ran out at noon, and a neighbour said she had waited for hours.")).isEmpty();
    }

    @Test
    void aSpeechVerbJoinedToTheOfficialsFirstVerbIsTheirs() {
        assertThat(types("President Ilse Marrow visited the flooded ward on Friday and said she was shocked by the damage."))
                .containsExactly("statement");
        assertThat(types("Local traders visited the flooded ward on Friday and said they were shocked by the damage.")).isEmpty();
    }

    @Test
    void aCallJoinedToAPlainSayingIsTheStatementBesideTheEvent() {
        // "said" alone gives way to the arrests it reports; the call joined to it does not
        assertThat(types("The UN rights envoy said the arrests of 40 students were unlawful and urged the police to free them."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("The UN rights envoy said 40 students were arrested in the capital.")).containsExactly("arrest");
    }

    @Test
    void aDemandClosedByTheBodyThatMakesItIsAStatementBesideTheEvent() {
        assertThat(types("The authorities must release the six reporters detained in the port, the Free Press Forum said on Tuesday."))
                .containsExactlyInAnyOrder("statement", "arrest");
        // events80: a body's closing words the report dates are that day's statement (DatedClosings);
        // undated, they only source the arrests
        assertThat(types("Six reporters were detained in the port, the Free Press Forum said on Tuesday."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("Six reporters were detained in the port, the Free Press Forum said."))
                .containsExactly("arrest");
    }

    @Test
    void anAttributionFrameClosingTheSentenceIsNoStatement() {
        assertThat(types("The ferry left the harbour two hours late, port police said.")).isEmpty();
        assertThat(types("Water supplies to the camp were restored overnight, the aid agency said in a statement.")).isEmpty();
        // a ministry's frame that opens the sentence stays; a force's plain account does not (ForceAccounts, evfp25)
        assertThat(types("The transport ministry said the ferry left the harbour two hours late.")).containsExactly("statement");
        assertThat(types("The port authority must reopen the ferry line, the drivers' federation said in a statement."))
                .containsExactly("statement");
    }

    @Test
    void aStatementInThePresentTenseIsOfTheDayOfWriting() {
        // the lead's "last night" is Tuesday; what the board says now is said on the Wednesday of writing
        String text = "Count in Morlen\n\n"
                + "Police detained 40 marchers in the capital last night.\n\n"
                + "The election commission says on its website that results from 40 of the 210 districts have been checked.";
        assertThat(datesOf(events(text, "2025-09-17"), "statement")).containsExactly("2025-09-17");
        String perfect = "Count in Morlen\n\n"
                + "Police detained 40 marchers in the capital last night.\n\n"
                + "The UN rights office has called on the police to show restraint.";
        assertThat(datesOf(events(perfect, "2025-09-17"), "statement")).containsExactly("2025-09-17");
    }

    @Test
    void theDatesOfWhatAPresentStatementSaysAreNotItsOwn() {
        String text = "Vote in Morlen\n\n"
                + "The election commission says on its website that the nominations will open in November and close in December.";
        assertThat(datesOf(events(text, "2025-09-17"), "statement")).containsExactly("2025-09-17");
        String past = "Vote in Morlen\n\n"
                + "The election commission said on Monday that the nominations would open in November.";
        assertThat(datesOf(events(past, "2025-09-17"), "statement")).containsExactly("2025-09-15");
    }
}
