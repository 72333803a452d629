package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deaths a monitor records, counts, documents or acknowledges are a toll of killings; deaths nobody reports are none. */
class TalliedDeathsTest {

    @Test
    void deathsAMonitorTalliesAreKillings() {
        assertThat(TestDocs.types("Last month the group recorded 14 deaths among herders crossing the frontier near Velmar."))
                .contains("killing");
        assertThat(TestDocs.types("In March it counted five such deaths near Orlen."))
                .contains("killing");
        assertThat(TestDocs.types("Monitors documented the deaths of more than 30 smugglers in 2019."))
                .contains("killing");
        assertThat(TestDocs.types("Officials in Orlen have acknowledged two deaths."))
                .contains("killing");
    }

    @Test
    void deathsNobodyReportsAreNone() {
        assertThat(TestDocs.types("Many families in Orlen do not report deaths for fear of reprisals."))
                .doesNotContain("killing");
    }
}
