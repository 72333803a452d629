package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): an act told "shortly before" a dated landmark ("was
 * convicted shortly before the March 3 election") happened in that month; one told "before" it
 * with no word of closeness keeps the context's date.
 */
class NearLandmarksTest {
    @Test
    void anActShortlyBeforeADatedVoteIsOfThatMonth() {
        Document d = TestDocs.doc().published("2025-06-12")
                .paragraph("The ferry union leader was convicted of fraud shortly before the March 3 general election.")
                .date("March 3", "2025-03-03", DatePrecision.DAY)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("other")).map(Event::date)).containsExactly("2025-03");
    }

    @Test
    void anActLongBeforeKeepsTheContextDate() {
        Document d = TestDocs.doc().published("2025-06-12")
                .paragraph("The ferry union leader was convicted of fraud long before the March 3 general election.")
                .date("March 3", "2025-03-03", DatePrecision.DAY)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("other")).map(Event::date)).doesNotContain("2025-03");
    }
}
