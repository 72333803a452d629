package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Round events63 (invented page): a standfirst the markup names ("standfirst", "dek") is written
 * to the text as a boilerplate span, so that it gives no event of its own; a paragraph under the
 * headline with no such class may be the lead and stays body text.
 */
class MarkedDecksTest {
    private static final Cleaner CLEANER = Cleaner.withDefaults();
    private static final String TITLE = "Dock strike closes the port of Valmora";
    private static final String DECK = "Dockers walk out over pay; two organisers detained; traders warn of shortages.";
    private static final String STORY = "<p>Dockers at the port of Valmora stopped work on Tuesday morning after talks on a new pay deal broke down overnight.</p>"
            + "<p>Police detained two union organisers outside the main gate in the afternoon, the union said in a statement.</p>"
            + "<p>Traders in the old market said fresh produce would run short within days if the ships stayed at anchor.</p>";

    /** A standfirst worded as a wire lead (lead201): it tells the day's news, the body its aftermath. */
    private static final String LEAD = "A fuel depot outside Valmora caught fire on Saturday after an explosion, killing a guard and injuring four workers, firefighters said.";

    private static Document clean(String deckClass) throws AttestException {
        return clean(deckClass, DECK);
    }

    private static Document clean(String deckClass, String deck) throws AttestException {
        String html = "<html><head><title>" + TITLE + "</title></head><body><article><h1>" + TITLE + "</h1>"
                + "<p class=\"" + deckClass + "\">" + deck + "</p>" + STORY + "</article></body></html>";
        return CLEANER.clean(new Source("page.html", "file:page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    private static boolean boilerplate(Document d, String part) {
        int at = d.text().indexOf(part);
        for (Span b : d.boilerplate()) {
            if (b.start() <= at && at < b.end()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aStandfirstNamedByItsClassIsBoilerplate() throws Exception {
        Document d = clean("standfirst");
        assertThat(d.text()).contains(DECK);
        assertThat(boilerplate(d, DECK)).isTrue();
        assertThat(boilerplate(d, "Dockers at the port")).isFalse();
    }

    @Test
    void aParagraphUnderTheHeadlineWithoutSuchAClassStaysText() throws Exception {
        Document d = clean("intro");
        assertThat(d.text()).contains(DECK);
        assertThat(boilerplate(d, DECK)).isFalse();
    }

    @Test
    void aMarkedStandfirstWordedAsADatedLeadStaysText() throws Exception {
        Document d = clean("standfirst", LEAD);
        assertThat(d.text()).contains(LEAD);
        assertThat(boilerplate(d, LEAD)).isFalse();
    }

    @Test
    void aLeadNeedsAWeekdayAndNoListOfPoints() {
        assertThat(MarkedDecks.lead(LEAD)).isTrue();
        assertThat(MarkedDecks.lead(DECK)).isFalse(); // points split by semicolons
        assertThat(MarkedDecks.lead("Dockers walk out over pay as traders warn of shortages.")).isFalse(); // no day
        assertThat(MarkedDecks.lead("Dockers walked out on Monday; traders warn of shortages.")).isFalse();
    }
}
