package org.attest.events;

import static org.attest.events.DatedReports.afterAnArrest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round events123 (invented sentences): a monitor's account of hangings names the crimes of the dead
 * in the sentences after ("All four had been convicted of smuggling"); that background is no verdict
 * of its own, nor is the murder a prisoner was sentenced for a killing told. A conviction in a
 * paragraph with no execution stays the court's act.
 */
class CrimesOfTheExecutedTest {

    @Test
    void convictionsOfTheHangedAreBackground() {
        assertThat(afterAnArrest("Four prisoners were hanged in Lorn prison on Tuesday. All four had been convicted of smuggling.", "other"))
                .isEmpty();
        assertThat(afterAnArrest("At least 40 prisoners have been executed in Lorn since January. Most were convicted of theft.", "other"))
                .isEmpty();
    }

    @Test
    void convictionWithoutExecutionIsTheCourtsAct() {
        assertThat(afterAnArrest("Four dockers were convicted of sabotage by a court in Lorn on Tuesday.", "other")).hasSize(1);
    }

    @Test
    void theMurderOneIsSentencedForIsNoKilling() {
        assertThat(afterAnArrest("Arno Velt had been sentenced to death for the murder of a landowner in a feud.", "killing")).isEmpty();
        assertThat(afterAnArrest("Police murdered a docker in Lorn on Tuesday, his family said.", "killing")).hasSize(1);
    }
}
