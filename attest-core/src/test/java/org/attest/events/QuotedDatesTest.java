package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** A date inside a slogan or a quotation that tells no event of its own dates no event outside it. */
class QuotedDatesTest {
    /** A Wednesday. */
    private static final String PUBLISHED = "2025-10-15";

    @Test
    void aYearInASlogansWordsDatesNoBannerHungOutsideIt() {
        String text = "Students in Velmora hung banners reading \u201cThe judge of 1999 must face justice\u201d on walls.";
        List<Event> events = events(text, PUBLISHED);
        assertThat(datesOf(events, "protest")).isNotEmpty().doesNotContain("1999");
    }

    @Test
    void aYearInASlogansWordsDatesNoLaterSentenceOfItsParagraph() {
        String text = "Dockers marched in Kest on Saturday.\n\n"
                + "Students in Velmora hung banners reading \u201cThe judge of 1999 must face justice\u201d on walls. "
                + "Police arrested four of them near the campus.";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).isNotEmpty().doesNotContain("1999");
    }

    @Test
    void aDayQuotedBesideTheEventItTellsStillDatesIt() {
        String text = "A mother in Velmora said: \u201cThey arrested my son at the gate on Monday.\u201d";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).containsExactly("2025-10-13");
    }
}
