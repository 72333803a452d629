package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round events123 (invented sentences): a monitor's account of hangings names the crimes of the dead
 * in the sentences after ("All four had been convicted of smuggling"); that background is no verdict
 * of its own, nor is the murder a prisoner was sentenced for a killing told. A conviction in a
 * paragraph with no execution stays the court's act.
 */
class CrimesOfTheExecutedTest {

    private static List<String> of(String paragraph, String type) {
        return DatedReports.afterAnArrest(paragraph, type);
    }

    @Test
    void convictionsOfTheHangedAreBackground() {
        assertThat(of("Four prisoners were hanged in Lorn prison on Tuesday. All four had been convicted of smuggling.", "other"))
                .isEmpty();
        assertThat(of("At least 40 prisoners have been executed in Lorn since January. Most were convicted of theft.", "other"))
                .isEmpty();
    }

    @Test
    void convictionWithoutExecutionIsTheCourtsAct() {
        assertThat(of("Four dockers were convicted of sabotage by a court in Lorn on Tuesday.", "other")).hasSize(1);
    }

    @Test
    void theMurderOneIsSentencedForIsNoKilling() {
        assertThat(of("Arno Velt had been sentenced to death for the murder of a landowner in a feud.", "killing")).isEmpty();
        assertThat(of("Police murdered a docker in Lorn on Tuesday, his family said.", "killing")).hasSize(1);
    }
}
