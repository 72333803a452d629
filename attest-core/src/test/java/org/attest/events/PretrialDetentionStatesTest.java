package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Pre-trial detention as a state or a practice (round prec31, invented sentences): those who
 * "had been held in pre-trial detention", a protest "against their pre-trial detention" and "the
 * use of pre-trial detention" tell no arrest; a time "during her pre-trial detention" still does.
 */
class PretrialDetentionStatesTest {

    @Test
    void heldInPretrialDetentionIsAState() {
        assertThat(types("The judge freed three dockers who were held in pre-trial detention for eight months."))
                .doesNotContain("arrest");
    }

    @Test
    void aProtestAgainstPretrialDetentionNamesItAsATopic() {
        assertThat(types("Prisoners in Portvela refused meals to protest against their long pre-trial detention."))
                .doesNotContain("arrest");
    }

    @Test
    void theUseOfPretrialDetentionIsAPractice() {
        assertThat(types("Lawyers criticised the use of pretrial detention for striking dockers."))
                .doesNotContain("arrest");
    }

    @Test
    void pretrialDetentionAsATimeStillTellsCustody() {
        assertThat(types("The reporter fell ill during her pre-trial detention in the port city last year."))
                .contains("arrest");
    }
}
