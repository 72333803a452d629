package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A relative's bare number after "is" or "was" ("My daughter is 19.") and a bare number after a
 * people verb and "at" ("he was detained at 16 for ...") are ages, no counts. Invented sentences.
 */
class AgesOfKinAndAtEventsTest {

    @Test
    void aRelativesNumberAfterBeIsAnAge() {
        assertThat(run("\"My daughter is 19. She only wrote a poem,\" her father told reporters in Ahvaz.")).isEmpty();
        assertThat(run("Her brother was 23 and worked in a bakery.")).isEmpty();
        // contrast: a group's number after "was" stays a count
        assertThat(run("The toll was 23 by the evening.")).extracting(Quantity::value).containsExactly(23.0);
    }

    @Test
    void aNumberAfterAPeopleVerbAndAtIsAnAge() {
        assertThat(run("\"I was detained at 16 for painting a slogan on a wall in Sanandaj,\" she said.")).isEmpty();
        assertThat(run("Her cousin was executed at 17.")).isEmpty();
        // contrast: a noun after the number keeps the count
        assertThat(run("Activists were arrested at 14 sites across the province."))
                .extracting(Quantity::value).containsExactly(14.0);
    }
}
