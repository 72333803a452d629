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

    private static Document clean(String deckClass) throws AttestException {
        String html = "<html><head><title>" + TITLE + "</title></head><body><article><h1>" + TITLE + "</h1>"
                + "<p class=\"" + deckClass + "\">" + DECK + "</p>" + STORY + "</article></body></html>";
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
}
