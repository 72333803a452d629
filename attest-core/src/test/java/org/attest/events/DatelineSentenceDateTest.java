package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round ev25: the sentence that holds a report's dateline is its news of the day of writing; a date
 * the lead tells later ("arrested in the March 2019 strikes") does not date it. Invented sentences.
 */
class DatelineSentenceDateTest {

    @Test
    void theDatelineSentenceIsNotDatedByALaterLeadDate() {
        Document d = TestDocs.doc().published("2020-06-09")
                .paragraph("Rights Monitor (RM); June 9, 2020: Users have made the hashtag #FreeTheFive trend worldwide.")
                .paragraph("The sentences of five dockers arrested in the March 2019 strikes were upheld by the court.")
                .date("June 9, 2020", "2020-06-09", DatePrecision.DAY).date("March 2019", "2019-03", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("online_campaign")).extracting(Event::date)
                .containsExactly("2020-06-09");
    }

    @Test
    void aSentenceWithoutTheDatelineStillTakesTheLeadDate() {
        Document d = TestDocs.doc().published("2020-06-09")
                .paragraph("Users have made the hashtag #FreeTheFive trend worldwide.")
                .paragraph("The sentences of five dockers arrested in the March 2019 strikes were upheld by the court.")
                .date("March 2019", "2019-03", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("online_campaign")).extracting(Event::date)
                .containsExactly("2019-03");
    }
}
