package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Fire set to a militia's or the army's base or centre is an attack on a building; fire set to a
 * picture or banner near such a base stays the protest's act (triggers.tsv, events76). Invented
 * sentences.
 */
class FireToBasesTest {

    @Test
    void fireSetToAMilitiaCentreIsAnAttack() {
        String s = "On Tuesday, a group of young activists in Dorvik set fire to the gate of a Basij centre.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).containsExactly(s);
    }

    @Test
    void aBannerBurntBeforeABaseStaysAProtest() {
        String s = "On Tuesday, activists in Dorvik set fire to a banner of the supreme leader outside an army base.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).doesNotContain(s);
    }

    @Test
    void aCityCentreNamesNoBase() {
        String s = "On Tuesday, protesters in Dorvik set fire to rubbish bins in the city centre.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).doesNotContain(s);
    }
}
