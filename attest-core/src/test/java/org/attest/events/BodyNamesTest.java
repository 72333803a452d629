package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2a (invented sentences): a trigger word capitalised inside a body's name ("the Varna
 * Protest Coordination Committee") names who speaks or lists, no event held.
 */
class BodyNamesTest {
    @Test
    void aProtestWordInsideACommitteesNameIsNoProtest() {
        assertThat(types("The figures come from a list circulated by the Varna Protest Coordination Committee, which gave no total."))
                .doesNotContain("protest");
        assertThat(types("A spokesman for the Dockers' Strike Council said talks had stalled."))
                .doesNotContain("protest");
    }

    @Test
    void theBodysMembersActingStillTellTheirAct() {
        assertThat(types("Members of the Protest Committee marched through Varna on Monday."))
                .contains("protest");
    }

    @Test
    void aTitleCaseHeadingKeepsItsEvent() {
        assertThat(types("Police Arrest Union Leaders")).contains("arrest");
    }

    @Test
    void aLowerCaseCommitteeNamesNoBody() {
        assertThat(types("Workers in Varna formed strike committees and walked out on Monday."))
                .contains("other");
    }
}
