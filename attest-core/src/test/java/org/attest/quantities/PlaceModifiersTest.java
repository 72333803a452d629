package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place that opens a unit says where the things counted are: it is no part of the unit. Invented sentences. */
class PlaceModifiersTest {

    @Test
    void aPlaceBeforeTheCountedNounIsNoPartOfTheUnit() {
        String text = "Strikers shut 9 of the 12 Lyon tram lines on Monday.";
        assertThat(LocalDollarsTest.units(text, "Lyon", "FR")).containsExactly("tram lines", "tram lines");
        String homes = "The flood reached some 400 Mosul households overnight.";
        assertThat(LocalDollarsTest.units(homes, "Mosul", "IQ")).containsExactly("households");
    }

    @Test
    void aUnitThatIsAWordBeforeNoPlaceStaysAsWritten() {
        // contrast: the same capitalised word the places stage did not take as a place stays
        String homes = "The flood reached some 400 Mosul households overnight.";
        assertThat(LocalDollarsTest.units(homes, "flood", "IQ")).containsExactly("Mosul households");
    }
}
