package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A count of the report's own sources is no quantity of what happened. Invented sentences. */
class SourceCountsTest {
    @Test
    void aCountOfSourcesIsDropped() {
        assertThat(run("The monitor said each death was confirmed by at least three independent sources."))
                .isEmpty();
    }

    @Test
    void aCountOfTheGroupsThatToldTheNewsIsDropped() {
        assertThat(run("Police detained 40 miners in Kerend, four rights groups said on Monday."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.0, "miners"));
    }

    @Test
    void otherGroupsStillCount() {
        assertThat(run("Police detained 40 miners and six students in Kerend on Monday."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.0, "miners"), tuple(6.0, "students"));
    }
}
