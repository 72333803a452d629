package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch events86: "a day before the rallies", after a told day, is the rallies' day, the day
 * after that told day, and dates no other hit. Invented reports; 2025-10-15 is a Wednesday.
 */
class DaysBeforeNounsTest {
    @Test
    void aDayBeforeTheRalliesDatesTheRalliesTheDayAfter() {
        String text = "Nurses detained in Valtra\\n\\n"
                + "The arrests began on 2 October, a day before Nurses' Day rallies planned by the union.";
        // rallies a union plans are its organised gatherings, rallies (prot220); the day is the same
        assertThat(datesOf(events(text, "2025-10-15"), "rally")).containsExactly("2025-10-03");
    }

    @Test
    void twoDaysBeforeCountsTwoDays() {
        String text = "Nurses detained in Valtra\\n\\n"
                + "Police detained the union leader on Monday, two days before the march.";
        List<Event> events = events(text, "2025-10-15");
        assertThat(datesOf(events, "arrest")).containsExactly("2025-10-13");
    }

    @Test
    void theDetentionBeforeThePhraseKeepsItsOwnDay() {
        String text = "Nurses detained in Valtra\\n\\n"
                + "Police detained the union leader on Monday, a day before nationwide rallies by nurses.";
        List<Event> events = events(text, "2025-10-15");
        assertThat(datesOf(events, "arrest")).containsExactly("2025-10-13");
        assertThat(datesOf(events, "protest")).containsExactly("2025-10-14");
    }

    @Test
    void withNoNounAfterThePhraseItDatesNothing() {
        String text = "Nurses detained in Valtra\\n\\n"
                + "Police detained the union leader on Monday. He was detained again a day before he was due to speak.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).doesNotContain("2025-10-14");
    }

    @Test
    void theDayBeforeIsAnAdverbOfItsOwnNotACount() {
        assertThat(DaysBeforeNouns.countsToNoun(new org.attest.model.DateMention("the day before",
                new org.attest.model.Span(0, 14), "2025-10-14", org.attest.model.DatePrecision.DAY, true,
                "narrative-the-day-before"))).isFalse();
    }

    @Test
    void onlyANarrativeDateCountsDaysBefore() {
        assertThat(DaysBeforeNouns.countsToNoun(new org.attest.model.DateMention("two days before",
                new org.attest.model.Span(0, 15), "2025-10-13", org.attest.model.DatePrecision.DAY, true,
                "narrative-days-before"))).isTrue();
        assertThat(DaysBeforeNouns.countsToNoun(new org.attest.model.DateMention("two days before",
                new org.attest.model.Span(0, 15), "2025-10-13", org.attest.model.DatePrecision.DAY, true,
                "absolute"))).isFalse();
    }

    @Test
    void aHitKeepsOnlyItsCountOfDaysWhenItHasOne() {
        org.attest.model.DateMention friday = new org.attest.model.DateMention("on Friday",
                new org.attest.model.Span(10, 19), "2025-03-07", org.attest.model.DatePrecision.DAY, true, "weekday");
        org.attest.model.DateMention dayBefore = new org.attest.model.DateMention("a day before",
                new org.attest.model.Span(21, 33), "2025-03-08", org.attest.model.DatePrecision.DAY, true,
                "narrative-days-before");
        List<org.attest.model.DateMention> none = List.of(friday);
        assertThat(DaysBeforeNouns.own(none)).isSameAs(none);
        assertThat(DaysBeforeNouns.own(List.of())).isEmpty();
        assertThat(DaysBeforeNouns.own(List.of(friday, dayBefore))).containsExactly(dayBefore);
        assertThat(DaysBeforeNouns.own(List.of(dayBefore, friday, dayBefore))).containsExactly(dayBefore, dayBefore);
    }
}
