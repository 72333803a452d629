package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other40 (invented sentences): a court's act that is no death sentence is {@code other}; the
 * protests named after it are what the case was about, and two verbs of one ruling are one event.
 */
class CourtCasesTest {

    @Test
    void protestsNamedAfterARulingAreTheCaseNotNews() {
        assertThat(types("A tribunal in Dorrek on Tuesday sentenced four dock workers to nine years in prison, a case their lawyers call punishment for leading protests over pay."))
                .containsExactly("other");
        assertThat(types("A court in Velm convicted a former guard of beating a student during the uprising of 2018 and sentenced him to seven years in prison."))
                .containsExactly("other");
    }

    @Test
    void aCrowdActingBeforeTheRulingStays() {
        // a protest told before the court's act, with its own verb, is news of the day
        assertThat(types("Hundreds of nurses protested in Velm on Tuesday as a court jailed their union leader for four years."))
                .contains("protest");
    }

    @Test
    void aDeathSentenceKeepsTheUprisingItPunishes() {
        // death sentences are coded with the protest they punish: CourtCases only reads prison terms and convictions
        assertThat(types("A revolutionary court sentenced a young welder to death for his part in the 2021 uprising in Sarn."))
                .contains("death_sentence");
    }

    @Test
    void aCourtPeopleStandOutsideIsWhereTheyAreNotTheActor() {
        // type221: the verb after "outside the court" has another subject, or is an adjective
        assertThat(types("Dozens of relatives gathered outside the district court in Velm on Monday, some holding portraits of jailed reporters."))
                .doesNotContain("other");
        assertThat(types("Villagers waited opposite the court in Dorrek on Monday until police ordered them to leave."))
                .doesNotContain("other");
        assertThat(types("A court in Dorrek on Monday jailed two reporters for six years.")).containsExactly("other");
    }
}
