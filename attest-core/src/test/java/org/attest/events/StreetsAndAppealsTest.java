package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round events125 (invented sentences): a cause that "brought thousands onto the streets" tells a
 * protest, as "brought ... to the streets" does; a count of working people who "took part" in
 * the action told is that protest, not the speaker's statement; an open letter many signed is a
 * signature drive, as a signed petition is. What a lawyer says the tried "would appeal" was a step
 * of their case here until round other200, whose five sets' annotators gave no such saying an event:
 * an appeal only intended has not been lodged.
 */
class StreetsAndAppealsTest {

    @Test
    void aCauseThatBroughtPeopleOntoTheStreetsIsAProtest() {
        assertThat(types("In 2019, bread prices brought thousands of people onto the streets of Yazd.")).contains("protest");
        assertThat(types("The ruling drove hundreds of students into the streets of Arak.")).contains("protest");
        assertThat(types("The cup final brought thousands onto the streets to celebrate.")).doesNotContain("protest");
    }

    @Test
    void anAppealOnlyIntendedIsNoStepYet() {
        assertThat(types("Their lawyer said the men would appeal.")).doesNotContain("other");
        assertThat(types("The lawyer said his client would appeal.")).doesNotContain("other");
        assertThat(types("The mayor said he would appeal to residents to stay calm.")).doesNotContain("other");
        assertThat(types("Their lawyer said they would not appeal the verdict.")).doesNotContain("other");
        // one lodged is a step of the case
        assertThat(types("Their lawyer lodged an appeal against the verdict in Arak on Monday.")).contains("other");
    }

    @Test
    void workingPeopleWhoTookPartProtested() {
        assertThat(types("Some 800 nurses took part at its height, the union said.")).contains("protest");
        assertThat(types("About 300 teachers took part in the vote for the union's board.")).doesNotContain("protest");
        assertThat(types("Some 40 workers took part in a training course in Arak.")).doesNotContain("protest");
    }

    @Test
    void anOpenLetterManySignedIsASignatureDrive() {
        assertThat(types("The union said more than 3,000 nurses had signed an open letter in support of the jailed organiser."))
                .contains("online_campaign");
        assertThat(types("The union urged nurses who signed an open letter to stay calm.")).doesNotContain("online_campaign");
    }
}
