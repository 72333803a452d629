package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A person's undated remark given with a quote is a quote for the story, no statement reported as news; what a person
 * says on a named day, and what a body says, stay statements; a rival estimate ("put the figure
 * at") is a count, no statement. Round stmt190 (7 December 2026); all sentences and names are invented.
 */
class PersonalRemarksTest {

    @Test
    void aSpokesmansUndatedCommentIsNoStatement() {
        assertThat(types("Harbour police spokesman Tomas Revik said the blockade had \"failed\" and traffic was normal by noon."))
                .doesNotContain("statement");
    }

    @Test
    void aQuoteWithItsSpeakerAfterIsNoStatement() {
        assertThat(types("\u201cNobody should have to risk their life to vote,\u201d said Lena Ostrova, the head of our Velmar programme."))
                .doesNotContain("statement");
    }

    @Test
    void aNamedSpeakerBeforeAnAppositiveIsOnePerson() {
        assertThat(types("Mara Velik, a spokeswoman for the port workers in Kelmar, said the workers would keep up \"two actions a week\"."))
                .doesNotContain("statement");
    }

    @Test
    void wordsToldToReportersWithoutADayAreARemark() {
        assertThat(types("Their lawyer, Ivo Marek, told journalists the posts had been \"shared only a few hundred times\"."))
                .doesNotContain("statement");
        assertThat(types("No one has admitted the theft, but Dornan told reporters that investigators suspected \"a local gang\"."))
                .doesNotContain("statement");
    }

    @Test
    void aBodysFrameSpokenByItsSpokesmanIsHisRemark() {
        assertThat(types("A spokesman for the Kelmar police said the men had been \"moved to the central jail\"."))
                .doesNotContain("statement");
    }

    @Test
    void aPersonSpeakingOnANamedDayMakesNews() {
        assertThat(types("Finance Minister Jana Holt said on Tuesday the government was \"ready to review\" the levy."))
                .contains("statement");
        assertThat(types("On Monday, Interior Minister Petr Lind said the curfew would be \"lifted soon\"."))
                .contains("statement");
    }

    @Test
    void anUnquotedUndatedSayingIsLeftToTheSpeakersRules() {
        assertThat(types("A deputy labour minister told state radio that the drivers' wages had been paid in full."))
                .contains("statement");
    }

    @Test
    void aNameBeforeABodysAppositiveIsABody() {
        assertThat(types("Calder Freight Lines, a haulage body, said its drivers would \"not cross the picket\"."))
                .contains("statement");
    }

    @Test
    void aBodySpeakingWithoutADayStillSpeaks() {
        assertThat(types("The electoral commission said the count would \"resume on schedule\"."))
                .contains("statement");
    }

    @Test
    void aRivalEstimateOfACountIsNoStatement() {
        assertThat(types("Organisers counted 40,000 marchers; the city council put the figure at 9,000."))
                .doesNotContain("statement");
        assertThat(types("The Velmar Doctors' Union put the death toll at 23.")).containsExactly("statement");
    }
}
