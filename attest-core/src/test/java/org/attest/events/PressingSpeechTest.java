package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Statements that press a view, round stmt22 (4 December 2026, invented sentences): an official or
 * a body who warns, calls on or for, condemns, urges, demands or rules out makes a statement even
 * beside the event it names; a "said" followed by ", calling ..." is such a call too.
 */
class PressingSpeechTest {

    @Test
    void aWarningStaysBesideTheEventItNames() {
        assertThat(types("Interior Minister Lina Varga warned that the protests in the port city had gone too far."))
                .containsExactlyInAnyOrder("statement", "protest");
        // the same speaker only saying so attributes the protest
        assertThat(types("Interior Minister Lina Varga said the protests in the port city had gone too far."))
                .containsExactly("protest");
    }

    @Test
    void aSaidFollowedByACallingParticipleIsACall() {
        assertThat(types("The dock workers' council said eleven porters were detained overnight, calling the raids a blow to the port."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("The dock workers' council said eleven porters were detained overnight.")).containsExactly("arrest");
        // the workers' council is a body: the workers name whose it is, no workers speaking
        assertThat(types("The dock workers' council warned that the port would close.")).containsExactly("statement");
    }

    @Test
    void callsForDemandsAndChoicesRuledOutAreStatements() {
        assertThat(types("Defence Minister Aldo Reyes has ruled out a return to conscription.")).containsExactly("statement");
        assertThat(types("The Farmers Federation has called for calm after the arrest of nine growers."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("The Harbour Pilots Association demanded a new inquiry.")).containsExactly("statement");
    }

    @Test
    void aCallForProtestsIsTheProtestButACallAboutThemIsAStatement() {
        assertThat(types("The Rural Alliance called for protests outside the mills on Monday.")).containsExactly("protest");
        assertThat(types("Party leader Ana Ruiz has called for all protests to stay peaceful.")).contains("statement");
    }

    @Test
    void aSecretaryGeneralUnionsAndOrganisationsAreOfficialSpeakers() {
        assertThat(types("Commonwealth Secretary-General Dana Whitlow called on both sides to return to talks."))
                .containsExactly("statement");
        assertThat(types("Eleven press freedom organisations urged the council to free the editors."))
                .containsExactly("statement");
        assertThat(types("The national nurses' union warned that wards would close.")).containsExactly("statement");
    }
}
