package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r186: a section heading worded as the question its section answers ("Who was detained",
 * "How the march was broken up") tells no event; the section under it does. Invented reports.
 */
class QuestionHeadingsTest {
    private static final String PUBLISHED = "2025-09-12";

    @Test
    void aWhoHeadingGivesNoArrest() {
        List<Event> events = events("Raids in Corvan\n\n"
                + "Police in Corvan raided the homes of union members on Tuesday.\n\n"
                + "Who was detained\n\n"
                + "The union said five of its organisers were taken to the central station.\n", PUBLISHED);
        assertThat(datesOf(events, "arrest")).isEmpty();
    }

    @Test
    void aHowHeadingGivesNoProtest() {
        List<Event> events = events("Teachers in Corvan\n\n"
                + "Teachers in Corvan demand higher pay.\n\n"
                + "How the march was broken up\n\n"
                + "Witnesses said officers used batons on the crowd.\n", PUBLISHED);
        assertThat(datesOf(events, "protest")).isEmpty();
    }

    @Test
    void aHeadingThatTellsKeepsItsAction() {
        List<Event> events = events("Raids in Corvan\n\n"
                + "Police in Corvan detained five organisers on Tuesday.\n\n"
                + "Five detained in Melsk on Wednesday\n\n"
                + "Officers raided a union office in Melsk.\n", PUBLISHED);
        assertThat(datesOf(events, "arrest")).contains("2025-09-10");
    }
}
