package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r186: a monitor's list of incidents, one "Place, day: ..." line each under a line that
 * introduces them and ends with a colon, gives one event a line, of the type the introducing line
 * names, on the line's day. Invented reports, published 2025-06-20.
 */
class IncidentListsTest {
    private static final String PUBLISHED = "2025-06-20";

    @Test
    void eachListedDeathIsAKillingOnItsDay() {
        List<Event> events = events("Deaths in detention\n\n"
                + "The monitor counted 12 deaths in prisons this year. Deaths recorded by our staff since April:\n\n"
                + "Corvan, 3 April: a teacher held at the central station\n\n"
                + "Melsk, 21 May: a farmer held without charge\n", PUBLISHED);
        assertThat(datesOf(events, "killing")).contains("2025-04-03", "2025-05-21");
    }

    @Test
    void incidentsNamedByNoTypeAreOther() {
        List<Event> events = events("Threats to reporters\n\n"
                + "Leaflets naming reporters have appeared in several towns. Incidents logged by the union:\n\n"
                + "Corvan, 2 March: leaflets pushed under the door of a newsroom\n\n"
                + "Melsk, 9 March: a reporter's car daubed with paint\n", PUBLISHED);
        assertThat(datesOf(events, "other")).containsExactly("2025-03-02", "2025-03-09");
    }

    @Test
    void aListedDayTheReportToldAlreadyIsThatEvent() {
        String text = "Arrests in Corvan\n\n"
                + "Police arrested a union leader in Corvan on 12 June.\n\n"
                + "Arrests reported to the committee:\n\n"
                + "Melsk, 2 June: two students\n\n"
                + "Corvan, 12 June: the union leader\n";
        List<String> lines = events(text, PUBLISHED).stream()
                .filter(e -> e.trigger().equals("arrest:" + IncidentLists.RULE))
                .map(e -> e.span().of(text).strip() + " " + e.date()).toList();
        assertThat(lines).containsExactly("Melsk, 2 June: two students 2025-06-02");
    }

    @Test
    void linesWithoutAnIntroducingColonGiveNothing() {
        List<Event> events = events("Diary\n\n"
                + "The festival returns next year.\n\n"
                + "Corvan, 3 April: a concert in the park\n", PUBLISHED);
        assertThat(events).isEmpty();
    }

    @Test
    void anIntroductionEndsWithAColonAndNamesAType() {
        String text = "Arrests logged by the group: ";
        assertThat(IncidentLists.introduced(text, new org.attest.model.Span(0, text.length()))).isEqualTo("arrest");
        String plain = "Arrests logged by the group.";
        assertThat(IncidentLists.introduced(plain, new org.attest.model.Span(0, plain.length()))).isNull();
    }
}
