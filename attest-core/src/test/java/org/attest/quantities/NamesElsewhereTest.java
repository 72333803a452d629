package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A title-case headline's "Word N" that the body writes as a name is that name. Invented sentences. */
class NamesElsewhereTest {

    @Test
    void aHeadlinesNumberedNameTheBodyWritesAsANameIsNoCount() {
        assertThat(HeadingDocs.lines(List.of(0), "Guards Beat Inmates After Protest at Tarvan 3",
                "Families said the men were held at Tarvan 3, the camp outside Norvik, and that 14 inmates were hurt."))
                .extracting(Quantity::text).containsExactly("14 inmates");
    }

    @Test
    void aHeadlinesBareFigureTheBodyDoesNotNameStays() {
        // contrast: the body writes no "Tarvan 3", so the headline's figure is not known for a name
        assertThat(HeadingDocs.lines(List.of(0), "Guards Beat Inmates After Protest at Tarvan 3",
                "Families said that 14 inmates were hurt."))
                .extracting(Quantity::text).containsExactly("3", "14 inmates");
    }
}
