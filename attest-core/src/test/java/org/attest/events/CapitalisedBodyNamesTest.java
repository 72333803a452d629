package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: a trigger phrase "Noun of" written with a capital between capitalised words, in a
 * sentence of prose, is part of a body's name ("according to the Coordinating Assembly of
 * Secondary Students"), no gathering held; the lower-case "annual assembly of exiles" stays one.
 */
class CapitalisedBodyNamesTest {
    @Test
    void anAssemblyInsideABodysNameIsNoRally() {
        assertThat(TestDocs.types("Students occupied more than 80 schools in Varna on Wednesday, according to the "
                + "Coordinating Assembly of Secondary Pupils.")).doesNotContain("rally").contains("protest");
    }

    @Test
    void aLowerCaseAssemblyOfPeopleIsARally() {
        assertThat(TestDocs.types("Thousands of exiles attended the annual assembly of supporters in Varna on Saturday."))
                .contains("rally");
    }
}
