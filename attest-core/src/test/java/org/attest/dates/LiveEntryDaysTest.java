package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.Span;
import org.attest.segment.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Branch ev2b: in an entry of a live page, the paragraphs after the entry's opening one follow on
 * from the day it tells ("On Sunday night, ..." then "Police detained 20 people."), not from the
 * page's day; a time line may read "12:20 local time". Invented page; 2025-06-16 is a Monday.
 */
class LiveEntryDaysTest {
    private static final String PAGE = String.join("\n\n",
            "Ferry crews strike live: harbour shut for a second day",
            "Crews stopped all ferries on Monday morning, the union said.",
            "12:20 local time",
            "A night on the quays",
            "On Sunday night, crews chained the gates of the northern quay and lit flares.",
            "The union said about 3,000 people joined them.",
            "Police detained 14 people near the gates.",
            "10:05 local time",
            "Talks called off",
            "The harbour board says talks will not resume this week.");

    private static ResolvedDate at(String start) {
        Document doc = DateTesting.STAGE.apply(SentenceSplitter.withDefaults().apply(DateTesting.doc(PAGE, "2025-06-16")));
        int from = PAGE.indexOf(start);
        return DateResolver.of(doc).resolve(new Span(from, PAGE.indexOf('.', from) + 1));
    }

    @Test
    void laterParagraphsOfAnEntryTakeTheDayItsOpeningTells() {
        assertThat(at("The union said about").value()).isEqualTo("2025-06-15");
        assertThat(at("Police detained").value()).isEqualTo("2025-06-15");
    }

    @Test
    void aTimeLineInLocalTimeStampsTheEntryUnderIt() {
        assertThat(LiveEntries.underStampLine(PAGE, PAGE.indexOf("The harbour board"))).isTrue();
        assertThat(at("The harbour board").value()).isEqualTo("2025-06-16");
    }

    @Test
    void anAgeLineStampsTheEntryUnderIt() {
        String text = "Crews stopped all ferries on Saturday.\n\n2 hours ago\n\nQuays reopen\n\nThe harbour board reopened two quays.";
        assertThat(LiveEntries.underStampLine(text, text.indexOf("The harbour board"))).isTrue();
        String notAge = "At 2 hours ago\n\nThe board";
        assertThat(LiveEntries.underStampLine(notAge, notAge.indexOf("The board"))).isFalse();
    }
}
