package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A saying or a stance told in the present perfect is a position held over time, the report's
 * background, no statement of a day; a warning in the perfect and a saying in the past stay. Round
 * stmt201 (7 December 2026); all sentences and names are invented.
 */
class StandingStancesTest {

    @Test
    void aPositionSaidInThePerfectIsNoStatement() {
        assertThat(types("The prime minister has said she will not seek a fourth term in office."))
                .doesNotContain("statement");
        assertThat(types("Velmar's ruling council has said it will return the country to civilian rule, without naming a year."))
                .doesNotContain("statement");
    }

    @Test
    void aStanceWithAnAdverbBeforeItIsNoStatement() {
        assertThat(types("The cabinet has repeatedly pledged to clear the pension backlog before the winter."))
                .doesNotContain("statement");
        assertThat(types("The labour ministry has rejected the unions' figures as inflated."))
                .doesNotContain("statement");
    }

    @Test
    void aWarningInThePerfectStays() {
        assertThat(types("The regional government has warned that teachers who walk out will lose a month's pay."))
                .contains("statement");
    }

    @Test
    void theSameSayingInThePastOnADayStays() {
        assertThat(types("The labour ministry said on Wednesday that it rejected the unions' figures as inflated."))
                .contains("statement");
    }
}
