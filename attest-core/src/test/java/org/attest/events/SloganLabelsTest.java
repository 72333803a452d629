package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A legend naming a slogan by where it is chanted tells no protest. All sentences are invented. */
class SloganLabelsTest {

    @Test
    void aSloganLegendIsNoProtest() {
        assertThat(TestDocs.types("Slogan chanted at Harbour University")).isEmpty();
        assertThat(TestDocs.types("\"Bread, Work, Dignity\" - slogan chanted in Harbour Square")).isEmpty();
    }

    @Test
    void chantingASloganIsAProtest() {
        assertThat(TestDocs.types("Students chanted the slogan at Harbour University on Monday.")).contains("protest");
    }
}
