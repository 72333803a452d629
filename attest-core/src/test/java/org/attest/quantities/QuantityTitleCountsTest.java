package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A title's count written with its own noun is the first statement of the figure when the body
 * restates the number with another noun: the body's restatement goes. The same count with the same
 * noun is the body's record ({@link HeadlineFigures}), and a bare title count gives way to the
 * body's fuller one. Invented sentences.
 */
class QuantityTitleCountsTest {
    private static List<Quantity> titled(String... lines) {
        return HeadingDocs.lines(List.of(0), lines);
    }

    @Test
    void aTitlesCountWithItsOwnNounStaysAndTheSameNounIsTheBodys() {
        List<Quantity> found = titled("Dockers strike at the port; police report 42 arrests",
                "By night, police said 42 people had been arrested at the harbour gates.");
        assertThat(found).extracting(Quantity::text).containsExactly("42 arrests");
        assertThat(found.get(0).span().start()).isLessThan(60);
        assertThat(titled("Warning: At least seven reporters held in a week",
                "The union said at least seven reporters were held in four towns."))
                .extracting(Quantity::text).containsExactly("at least seven reporters", "four towns");
    }

    @Test
    void aBareTitleCountStillGivesWayToTheBodys() {
        assertThat(titled("Court jails six over strike",
                "The court jailed six workers for organising the strike."))
                .extracting(Quantity::text).containsExactly("six workers");
    }
}
