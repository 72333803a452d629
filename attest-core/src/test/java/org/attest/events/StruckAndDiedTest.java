package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round events142 (invented sentences): one who "was struck in the chest and died" was killed by the
 * shot or blow, as one who "died on the way to hospital" was; the dead of an accident or a storm are not.
 */
class StruckAndDiedTest {

    @Test
    void oneStruckInTheBodyWhoDiedWasKilled() {
        assertThat(types("A 30-year-old shepherd, Karim Ahmadi, was struck in the head and died before relatives could reach him."))
                .contains("killing");
        assertThat(types("The boy was hit in the back and died two days later.")).contains("killing");
        assertThat(types("A student was shot in the leg and died of blood loss.")).contains("killing");
    }

    @Test
    void theDeadOfAnAccidentOrAStormAreNotKilled() {
        assertThat(types("A hiker was struck in the head by a falling rock and died.")).doesNotContain("killing");
        assertThat(types("The cyclist was hit in the crash and died at the scene.")).doesNotContain("killing");
    }
}
