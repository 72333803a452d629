package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt33 (invented sentences): "a"/"an" before a spokesperson of a capitalised office ("A
 * Transport Ministry spokesman", "a Harbour Authority spokesperson") names the office that speaks;
 * a bare "A spokesman" or "a police spokesman" stays a source.
 */
class OfficeSpokespersonTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Dock workers stopped work in Corvan on Monday.\n\n" + text + "\n", "2026-04-16");
        return datesOf(events, "statement");
    }

    @Test
    void anOfficesSpokesmanSpeaksForIt() {
        assertThat(statements("A Transport Ministry spokesman said on Tuesday that the stoppage was unlawful and urged "
                + "the dockers to return to work.")).containsExactly("2026-04-14");
    }

    @Test
    void anOfficesSpokespersonAfterAnOpener() {
        assertThat(statements("In Lisvane, a Harbour Authority spokesperson said the port was watching the stoppage "
                + "closely and called for talks between the two sides.")).hasSize(1);
    }

    @Test
    void anUnnamedSpokesmanOnlySources() {
        assertThat(statements("A spokesman said on Tuesday that the stoppage was unlawful and urged "
                + "the dockers to return to work.")).isEmpty();
        assertThat(statements("A port spokesman said on Tuesday that the stoppage was unlawful and urged "
                + "the dockers to return to work.")).isEmpty();
    }
}
