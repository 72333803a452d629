package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events100 (invented sentences): after "a", a spokesperson of the state's lower-case offices
 * ("a government spokesman") and a minister named by the portfolio ("a deputy labour minister") speak
 * for their office; "a minister" and "a former minister" stay sources.
 */
class StateOfficeVoicesTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Bus drivers stopped work in Corvan on Monday.\n\n" + text + "\n", "2026-04-16");
        return datesOf(events, "statement");
    }

    @Test
    void aGovernmentSpokesmanSpeaksForTheGovernment() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(statements("A government spokesman said on Monday the fares would rise by spring and blamed "
                + "\"foreign channels\" for the unrest.")).hasSize(1);
    }

    @Test
    void aMinisterNamedByThePortfolioSpeaksForIt() {
        assertThat(statements("A deputy labour minister told state radio that the drivers' wages had been paid in full."))
                .hasSize(1);
    }

    @Test
    void aMinisterWithoutPortfolioOnlySources() {
        assertThat(statements("A former minister told state radio that the drivers' wages had been paid in full.")).isEmpty();
        assertThat(statements("A deputy minister told state radio that the drivers' wages had been paid in full.")).isEmpty();
    }
}
