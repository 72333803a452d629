package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The label of a pull quote ("- slogan chanted at protests", "Slogan chanted at the university")
 * tells no protest (events83, {@link QuoteLabels}). Invented sentences.
 */
class QuoteLabelsTest {

    @Test
    void aPullQuotesLabelAfterADashIsNoProtest() {
        String s = "\"Bread and dignity\" - slogan chanted in the streets of Harlow";
        List<Event> events = DatedReports.events("The council raised bread prices by a third in March.\n\n" + s + "\n", "2025-04-10");
        assertThat(DatedReports.datesOf(events, "protest")).isEmpty();
    }

    @Test
    void aLabelLineOfItsOwnIsNoProtest() {
        String s = "Slogan chanted at Harlow University";
        List<Event> events = DatedReports.events("The council raised bread prices by a third in March.\n\n" + s + "\n", "2025-04-10");
        assertThat(DatedReports.datesOf(events, "protest")).isEmpty();
    }

    @Test
    void aSloganChantedInTheCitiesIsAProtest() {
        String s = "The slogan was chanted in ten cities on Saturday, witnesses said.";
        Document d = doc().published("2025-04-10").paragraph(s).date("Saturday", "2025-04-05", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void crowdsChantingSlogansAreAProtest() {
        String s = "Crowds chanted slogans against the governor in Harlow on Saturday.";
        Document d = doc().published("2025-04-10").paragraph(s).date("Saturday", "2025-04-05", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }
}
